package dev.broadsheet.render;

import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;

/**
 * The sitemap schemas of sitemaps.org and Google (with the W3C's XHTML schema, for {@code xhtml:link}), read by
 * the JDK's validator from the test resources in {@code schemas/}, which say where each came from. Nothing is
 * fetched: the one import that names a URL is resolved to the copy beside it.
 */
final class SitemapSchemas {

    private static final String ROOT = "/dev/broadsheet/render/schemas/";
    private static final Schema URLSET = schema("sitemap.xsd", "xhtml1-strict.xsd", "sitemap-news.xsd");
    private static final Schema INDEX = schema("siteindex.xsd");

    private SitemapSchemas() {
    }

    /** Validates a sitemap ({@code urlset}), hreflang alternates and Google News entries included. */
    static void validateUrlset(byte[] xml) throws SAXException, IOException {
        URLSET.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    /** Validates a sitemap index ({@code sitemapindex}). */
    static void validateIndex(byte[] xml) throws SAXException, IOException {
        INDEX.newValidator().validate(new StreamSource(new ByteArrayInputStream(xml)));
    }

    private static Schema schema(String... files) {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) -> {
            if ("http://www.w3.org/2001/xml.xsd".equals(systemId)) return input(resource("xml.xsd"), null);
            // xml.xsd names a DTD for editors; validating needs none
            if ("XMLSchema.dtd".equals(systemId)) return input(null, "<!-- not needed -->");
            return null;
        });
        Source[] sources = new Source[files.length];
        for (int i = 0; i < files.length; i++) {
            URL url = resource(files[i]);
            sources[i] = new StreamSource(url.toExternalForm());
        }
        try {
            return factory.newSchema(sources);
        } catch (SAXException e) {
            throw new IllegalStateException("the schemas do not load", e);
        }
    }

    private static URL resource(String name) {
        URL url = SitemapSchemas.class.getResource(ROOT + name);
        if (url == null) throw new IllegalStateException("no test resource " + ROOT + name);
        return url;
    }

    private static LSInput input(URL url, String text) {
        try {
            DOMImplementationLS ls = (DOMImplementationLS) DocumentBuilderFactory.newInstance().newDocumentBuilder()
                    .getDOMImplementation();
            LSInput input = ls.createLSInput();
            if (url != null) {
                InputStream in = url.openStream();
                input.setByteStream(in);
                input.setSystemId(url.toExternalForm());
            } else {
                input.setStringData(text);
                input.setSystemId("about:XMLSchema.dtd");
            }
            return input;
        } catch (ParserConfigurationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
