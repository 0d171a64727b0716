package org.interpreterline.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A webhook's TwiML answer, parsed, with XPath look-ups for assertions. */
public final class TwimlDocument {

    private final Document document;

    private TwimlDocument(Document document) {
        this.document = document;
    }

    public static TwimlDocument of(ResponseEntity<String> answer) {
        assertThat(answer.getStatusCode().value()).isEqualTo(200);
        assertThat(answer.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_XML);
        return parse(answer.getBody());
    }

    public static TwimlDocument parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return new TwimlDocument(factory.newDocumentBuilder()
                    .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))));
        } catch (Exception e) {
            throw new AssertionError("not XML: " + xml, e);
        }
    }

    public String text(String xpath) {
        try {
            return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    public int count(String xpath) {
        try {
            return ((NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, document,
                    XPathConstants.NODESET)).getLength();
        } catch (Exception e) {
            throw new AssertionError(xpath, e);
        }
    }

    /** The names of the verbs directly under {@code <Response>}, in order. */
    public String verbs() {
        StringBuilder names = new StringBuilder();
        NodeList children = document.getDocumentElement().getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i).getNodeType() == org.w3c.dom.Node.ELEMENT_NODE) {
                names.append(names.isEmpty() ? "" : ",").append(children.item(i).getNodeName());
            }
        }
        return names.toString();
    }
}
