package org.interpreterline.simulator.twiml;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.interpreterline.simulator.twiml.Verb.Gather.InputMode;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/** Reads a TwiML {@code <Response>} into {@link Verb}s, filling in Twilio's attribute defaults. */
public final class TwimlParser {

    /** {@code <Record>}'s defaults: seconds of silence that end it, and its longest recording */
    private static final int RECORD_TIMEOUT = 5;
    private static final int RECORD_MAX_LENGTH = 3600;

    public TwimlDocument parse(String xml, String url) throws TwimlParseException {
        if (xml == null || xml.isBlank()) {
            throw new TwimlParseException("empty response body");
        }
        Element root = rootOf(xml);
        if (!"Response".equals(root.getTagName())) {
            throw new TwimlParseException("root element is <" + root.getTagName() + ">, not <Response>");
        }
        List<Verb> verbs = new ArrayList<>();
        for (Element child : children(root)) {
            verbs.add(verb(child));
        }
        return new TwimlDocument(verbs, url);
    }

    private static Element rootOf(String xml) throws TwimlParseException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            // webhook answers are untrusted input: no DTDs, no external entities
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // errors throw, nothing printed to stderr
            return builder.parse(new InputSource(new StringReader(xml.strip()))).getDocumentElement();
        } catch (SAXException | IOException e) {
            throw new TwimlParseException("not well-formed XML: " + e.getMessage(), e);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private Verb verb(Element element) throws TwimlParseException {
        return switch (element.getTagName()) {
            case "Say" -> say(element);
            case "Play" -> new Verb.Play(text(element), attr(element, "digits", null), intAttr(element, "loop", 1));
            case "Pause" -> new Verb.Pause(intAttr(element, "length", 1));
            case "Gather" -> gather(element);
            case "Record" -> record(element);
            case "Dial" -> dial(element);
            case "Redirect" -> new Verb.Redirect(required(text(element), "<Redirect> needs a URL"), attr(element, "method", "POST"));
            case "Hangup" -> new Verb.Hangup();
            case "Reject" -> new Verb.Reject(attr(element, "reason", "rejected"));
            case "Message", "Sms" -> message(element);
            default -> new Verb.Unsupported(element.getTagName());
        };
    }

    private static Verb.Say say(Element element) throws TwimlParseException {
        return new Verb.Say(text(element), attr(element, "voice", null), attr(element, "language", null), intAttr(element, "loop", 1));
    }

    private Verb.Gather gather(Element element) throws TwimlParseException {
        Set<InputMode> input = EnumSet.noneOf(InputMode.class);
        for (String mode : attr(element, "input", "dtmf").toLowerCase(Locale.ROOT).split("\\s+")) {
            switch (mode) {
                case "dtmf" -> input.add(InputMode.DTMF);
                case "speech" -> input.add(InputMode.SPEECH);
                default -> throw new TwimlParseException("<Gather input> has an unknown mode: " + mode);
            }
        }
        String numDigits = attr(element, "numDigits", null);
        List<Verb> prompts = new ArrayList<>();
        for (Element child : children(element)) {
            Verb nested = verb(child);
            if (!(nested instanceof Verb.Say || nested instanceof Verb.Play || nested instanceof Verb.Pause)) {
                throw new TwimlParseException("<Gather> may only nest <Say>, <Play> and <Pause>, not <" + child.getTagName() + ">");
            }
            prompts.add(nested);
        }
        return new Verb.Gather(Set.copyOf(input), numDigits == null ? null : parseInt(numDigits, "numDigits"),
                intAttr(element, "timeout", 5), attr(element, "finishOnKey", "#"), attr(element, "action", null),
                attr(element, "method", "POST"), boolAttr(element, "actionOnEmptyResult", false),
                attr(element, "hints", null), attr(element, "speechTimeout", null), prompts);
    }

    /**
     * A timeout or maxLength below 1 is only a warning at Twilio (13611, 13612), not an error that ends the call:
     * the simulator records with the default instead.
     */
    private static Verb.Record record(Element element) throws TwimlParseException {
        int timeout = intAttr(element, "timeout", RECORD_TIMEOUT);
        int maxLength = intAttr(element, "maxLength", RECORD_MAX_LENGTH);
        return new Verb.Record(attr(element, "action", null), attr(element, "method", "POST"),
                timeout < 1 ? RECORD_TIMEOUT : timeout, attr(element, "finishOnKey", "1234567890*#"),
                maxLength < 1 ? RECORD_MAX_LENGTH : maxLength, boolAttr(element, "playBeep", true),
                attr(element, "trim", "trim-silence"), attr(element, "recordingStatusCallback", null),
                attr(element, "recordingStatusCallbackMethod", "POST"));
    }

    private static Verb.Dial dial(Element element) throws TwimlParseException {
        List<Element> nouns = children(element);
        Verb.DialTarget target;
        if (nouns.isEmpty()) {
            target = new Verb.NumberTarget(required(text(element), "<Dial> needs a number or a noun"), null, Set.of("completed"), "POST");
        } else {
            Element noun = nouns.getFirst();
            target = switch (noun.getTagName()) {
                case "Conference" -> conference(noun);
                case "Number" -> new Verb.NumberTarget(required(text(noun), "<Number> needs a number"),
                        attr(noun, "statusCallback", null), events(noun, "completed"), attr(noun, "statusCallbackMethod", "POST"));
                default -> new Verb.UnsupportedTarget(noun.getTagName());
            };
        }
        return new Verb.Dial(attr(element, "action", null), attr(element, "method", "POST"), intAttr(element, "timeout", 30),
                attr(element, "callerId", null), boolAttr(element, "answerOnBridge", false),
                boolAttr(element, "hangupOnStar", false), target);
    }

    private static Verb.ConferenceTarget conference(Element noun) throws TwimlParseException {
        return new Verb.ConferenceTarget(required(text(noun), "<Conference> needs a name"),
                boolAttr(noun, "startConferenceOnEnter", true), boolAttr(noun, "endConferenceOnExit", false),
                boolAttr(noun, "muted", false), attr(noun, "beep", "true"), attr(noun, "waitUrl", null),
                attr(noun, "statusCallback", null), events(noun, "start end"),
                attr(noun, "statusCallbackMethod", "POST"), attr(noun, "participantLabel", null));
    }

    private static Verb.Message message(Element element) {
        List<Element> parts = children(element);
        String body = parts.stream().filter(e -> "Body".equals(e.getTagName())).findFirst()
                .map(TwimlParser::text).orElseGet(() -> text(element));
        return new Verb.Message(body, attr(element, "to", null), attr(element, "from", null));
    }

    private static Set<String> events(Element element, String defaults) {
        String value = attr(element, "statusCallbackEvent", defaults);
        return new LinkedHashSet<>(Arrays.asList(value.trim().toLowerCase(Locale.ROOT).split("[\\s,]+")));
    }

    private static List<Element> children(Element parent) {
        List<Element> elements = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static String text(Element element) {
        return element.getTextContent() == null ? "" : element.getTextContent().strip();
    }

    private static String attr(Element element, String name, String fallback) {
        return element.hasAttribute(name) ? element.getAttribute(name) : fallback;
    }

    private static int intAttr(Element element, String name, int fallback) throws TwimlParseException {
        String value = attr(element, name, null);
        return value == null || value.isBlank() ? fallback : parseInt(value, name);
    }

    private static boolean boolAttr(Element element, String name, boolean fallback) {
        String value = attr(element, name, null);
        return value == null ? fallback : Boolean.parseBoolean(value.strip());
    }

    private static int parseInt(String value, String name) throws TwimlParseException {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TwimlParseException(name + " is not a number: " + value);
        }
    }

    private static String required(String value, String message) throws TwimlParseException {
        if (value == null || value.isBlank()) {
            throw new TwimlParseException(message);
        }
        return value;
    }
}
