package org.interpreterline.fallback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

class FallbackTwimlTest {

    private final FallbackTwiml twiml = new FallbackTwiml("+18005550199");

    @Test
    void theCallerHearsTheApologyIsConnectedToTheProviderAndIsToldTheNumberIfThatFails() throws Exception {
        Element response = parse(twiml.voice());

        assertThat(response.getTagName()).isEqualTo("Response");
        assertThat(children(response)).extracting(Element::getTagName).containsExactly("Say", "Dial", "Say");
        assertThat(children(response).get(0).getTextContent()).isEqualTo(FallbackTwiml.APOLOGY);
        Element dial = children(response).get(1);
        assertThat(children(dial)).singleElement().satisfies(number -> {
            assertThat(number.getTagName()).isEqualTo("Number");
            assertThat(number.getTextContent()).isEqualTo("+18005550199");
        });
        assertThat(children(response).get(2).getTextContent()).contains("1 8 0 0 5 5 5 0 1 9 9");
    }

    @Test
    void aTextGetsOneReplyNamingTheProvidersNumber() throws Exception {
        Element response = parse(twiml.sms());

        assertThat(children(response)).singleElement().satisfies(message -> {
            assertThat(message.getTagName()).isEqualTo("Message");
            assertThat(message.getTextContent()).contains("not answering").endsWith("+18005550199");
        });
    }

    @Test
    void aNumberThatIsNotE164IsRefusedWithTheVariableToFix() {
        for (String wrong : new String[] {null, "", "18005550199", "+1 800 555 0199", "+0123456"}) {
            assertThatThrownBy(() -> new FallbackTwiml(wrong)).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("FALLBACK_NUMBER");
        }
    }

    @Test
    void theFilesAreTheTwoDocuments(@TempDir Path dir) throws Exception {
        Path written = FallbackFiles.write(twiml, dir.resolve("fallback"));

        assertThat(Files.readString(written.resolve(FallbackFiles.VOICE))).isEqualTo(twiml.voice() + "\n");
        assertThat(Files.readString(written.resolve(FallbackFiles.SMS))).isEqualTo(twiml.sms() + "\n");
    }

    private static Element parse(String xml) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                elements.add(e);
            }
        }
        return elements;
    }
}
