package org.interpreterline.dispatch.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Optional;
import java.util.TreeMap;
import org.interpreterline.dispatch.DispatchProperties;
import org.interpreterline.dispatch.publishing.Delivery;
import org.interpreterline.dispatch.requests.PlaceInLine;
import org.interpreterline.dispatch.requests.RequestDesk;
import org.interpreterline.dispatch.requests.RequestRecord;
import org.interpreterline.dispatch.requests.RequestRecords;
import org.interpreterline.events.dispatch.RequestCancelled;
import org.interpreterline.events.language.LanguageCatalog;
import org.interpreterline.events.language.LanguageMenu;
import org.junit.jupiter.api.Test;

/**
 * The chaos run: officers who texted CANCEL as soon as their request was opened were told they had none (the record,
 * written from Kafka, had not caught up while an instance took over), and the request went on looking for an
 * interpreter.
 */
class ResponderTextsTest {

    private static final String OFFICER = "+14125550142";

    private final RequestRecords records = mock(RequestRecords.class);
    private final RequestDesk desk = mock(RequestDesk.class);
    private final ResponderTexts texts;

    ResponderTextsTest() {
        LanguageMenu menu = mock(LanguageMenu.class);
        when(menu.languagesByDigit()).thenReturn(new TreeMap<>());
        texts = new ResponderTexts(desk, records, mock(PlaceInLine.class), menu, mock(LanguageCatalog.class),
                mock(DispatchProperties.class));
    }

    @Test
    void aCancelThatComesBeforeTheRecordShowsTheRequestWaitsForItAndCancelsIt() {
        RequestRecord opened = mock(RequestRecord.class);
        when(opened.requestId()).thenReturn("sms-SM1");
        when(opened.reference()).thenReturn("K7QX");
        // the record catches up on the third look
        when(records.openFor(OFFICER)).thenReturn(Optional.empty(), Optional.empty(), Optional.of(opened));
        when(desk.cancelWhenRecorded(OFFICER, "SM2")).thenReturn(true);
        when(desk.cancel(eq("sms-SM1"), eq(RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL), any()))
                .thenReturn(Delivery.ACKNOWLEDGED);

        assertThat(texts.cancel(OFFICER, "SM2")).isEqualTo(
                "Request K7QX cancelled. Text a language any time to request an interpreter.");
        verify(desk).cancel("sms-SM1", RequestCancelled.Reason.REQUESTER_TEXTED_CANCEL, "sms:SM2");
    }

    @Test
    void aCancelWithNoRequestAtAllIsToldSoOnceTheRecordHasReadIt() {
        when(records.openFor(OFFICER)).thenReturn(Optional.empty());
        when(desk.cancelWhenRecorded(OFFICER, "SM3")).thenReturn(true);
        when(records.cancelWaiting(OFFICER, "SM3")).thenReturn(false, true);

        assertThat(texts.cancel(OFFICER, "SM3")).isEqualTo("You have no request in progress to cancel.");
        verify(desk, never()).cancel(any(), any(), any());
    }

    /** The record further behind than the wait (24 s after a broker's loss): it will cancel the request itself. */
    @Test
    void aCancelTheRecordDoesNotReachWithinTheWaitIsLeftToTheRecord() {
        when(records.openFor(OFFICER)).thenReturn(Optional.empty());
        when(desk.cancelWhenRecorded(OFFICER, "SM4")).thenReturn(true);

        assertThat(texts.cancel(OFFICER, "SM4")).isEqualTo(
                "Cancelling your request. If you had none in progress, nothing changes.");
        verify(desk).cancelWhenRecorded(OFFICER, "SM4");
        verify(desk, never()).cancel(any(), any(), any());
    }
}
