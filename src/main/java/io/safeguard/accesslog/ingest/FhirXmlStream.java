package io.safeguard.accesslog.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Walks a FHIR XML document with the hardened StAX reader of {@link SafeXml} (a DOCTYPE fails the input before any
 * entity is read) and copies each resource out as a standalone document for HAPI, so HAPI never sees the received
 * bytes: a single resource (its SHA-256 covers the document as received, at most {@link
 * IngestLimits#MAX_RESOURCE_BYTES}), or each {@code Bundle.entry.resource} of a Bundle (streamed; the SHA-256 covers
 * the copied resource as UTF-8, since XML gives no exact byte range per entry). The whole document is capped at {@link
 * IngestLimits#MAX_XML_DOCUMENT_BYTES}, because the XML reader holds a text node or attribute whole.
 */
final class FhirXmlStream {
    static final String FHIR_NS = "http://hl7.org/fhir";
    private static final int READ_AHEAD = 64 * 1024;

    private final RetainingInputStream in;
    private final FhirResources out;
    private final XMLOutputFactory output = SafeXml.outputFactory();
    private long entries;

    private FhirXmlStream(InputStream input, FhirResources out) {
        this.in = new RetainingInputStream(input, IngestLimits.MAX_RESOURCE_BYTES + READ_AHEAD, IngestLimits.MAX_XML_DOCUMENT_BYTES);
        this.out = out;
    }

    static void read(InputStream input, FhirResources out) throws IOException {
        new FhirXmlStream(input, out).read();
    }

    private void read() throws IOException {
        try {
            XMLStreamReader r = SafeXml.inputFactory().createXMLStreamReader(in);
            SafeXml.toRoot(r);
            if (!FHIR_NS.equals(r.getNamespaceURI())) {
                throw new IngestFailure("the XML document is not a FHIR resource (its root is not in the " + FHIR_NS + " namespace)");
            }
            if (r.getLocalName().equals("Bundle")) {
                in.stopRetaining();
                bundle(r);
            } else {
                String copy = copy(r);
                while (r.hasNext()) {
                    SafeXml.refuseDtd(r.next());
                }
                byte[] raw = in.slice(0, in.position());
                if (copy == null || raw == null || raw.length > IngestLimits.MAX_RESOURCE_BYTES) {
                    out.reject(1, "the resource is longer than " + IngestLimits.MAX_RESOURCE_BYTES + " bytes");
                } else {
                    out.resource(1, copy, raw, true);
                }
            }
        } catch (SafeXml.DtdRefused e) {
            throw new IngestFailure(e.getMessage());
        } catch (XMLStreamException e) {
            if (in.overLimit()) {
                throw new IngestFailure("the XML document is longer than " + IngestLimits.MAX_XML_DOCUMENT_BYTES
                        + " bytes; send large Bundles as JSON or NDJSON");
            }
            throw new IngestFailure("the input is not well-formed XML" + (entries > 0 ? " (in or after Bundle entry " + entries + ")" : ""));
        }
    }

    private void bundle(XMLStreamReader r) throws XMLStreamException, SafeXml.DtdRefused {
        while (r.hasNext()) {
            int event = r.next();
            SafeXml.refuseDtd(event);
            if (event == XMLStreamReader.END_ELEMENT) {
                return;
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                if (r.getLocalName().equals("entry")) {
                    entry(r, ++entries);
                } else {
                    skip(r);
                }
            }
        }
    }

    private void entry(XMLStreamReader r, long n) throws XMLStreamException, SafeXml.DtdRefused {
        boolean found = false;
        while (true) {
            int event = r.next();
            SafeXml.refuseDtd(event);
            if (event == XMLStreamReader.END_ELEMENT) {
                break;
            }
            if (event != XMLStreamReader.START_ELEMENT) {
                continue;
            }
            if (!found && r.getLocalName().equals("resource")) {
                found = resource(r, n);
            } else {
                skip(r);
            }
        }
        if (!found) {
            out.reject(n, "the Bundle entry has no resource");
        }
    }

    /** Inside {@code <resource>}: copies its one child element out; returns whether there was one. */
    private boolean resource(XMLStreamReader r, long n) throws XMLStreamException, SafeXml.DtdRefused {
        boolean found = false;
        while (true) {
            int event = r.next();
            SafeXml.refuseDtd(event);
            if (event == XMLStreamReader.END_ELEMENT) {
                return found;
            }
            if (event == XMLStreamReader.START_ELEMENT) {
                if (found) {
                    skip(r);
                    continue;
                }
                found = true;
                String copy = copy(r);
                if (copy == null) {
                    out.reject(n, "the entry's resource is longer than " + IngestLimits.MAX_RESOURCE_BYTES + " bytes");
                } else {
                    out.resource(n, copy, copy.getBytes(StandardCharsets.UTF_8), true);
                }
            }
        }
    }

    /** Copies the element the reader is on, with its subtree, as a document; {@code null} when it is too long. */
    private String copy(XMLStreamReader r) throws XMLStreamException, SafeXml.DtdRefused {
        var text = new BoundedWriter(IngestLimits.MAX_RESOURCE_BYTES);
        XMLStreamWriter w = output.createXMLStreamWriter(text);
        int depth = 0;
        int event = r.getEventType();
        while (true) {
            SafeXml.refuseDtd(event);
            switch (event) {
                case XMLStreamReader.START_ELEMENT -> {
                    depth++;
                    w.writeStartElement(prefix(r.getPrefix()), r.getLocalName(), ns(r.getNamespaceURI()));
                    for (int i = 0; i < r.getAttributeCount(); i++) {
                        String attributeNs = ns(r.getAttributeNamespace(i));
                        if (attributeNs.isEmpty()) {
                            w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        } else {
                            w.writeAttribute(prefix(r.getAttributePrefix(i)), attributeNs, r.getAttributeLocalName(i),
                                    r.getAttributeValue(i));
                        }
                    }
                }
                case XMLStreamReader.END_ELEMENT -> {
                    depth--;
                    w.writeEndElement();
                }
                case XMLStreamReader.CHARACTERS, XMLStreamReader.CDATA, XMLStreamReader.SPACE ->
                        w.writeCharacters(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
                default -> { } // comments and processing instructions are not part of the resource
            }
            if (depth == 0) {
                break;
            }
            event = r.next();
        }
        w.flush();
        return text.overflowed() ? null : text.toString();
    }

    private static void skip(XMLStreamReader r) throws XMLStreamException, SafeXml.DtdRefused {
        int depth = 1;
        while (depth > 0) {
            int event = r.next();
            SafeXml.refuseDtd(event);
            if (event == XMLStreamReader.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamReader.END_ELEMENT) {
                depth--;
            }
        }
    }

    private static String prefix(String prefix) {
        return prefix == null ? "" : prefix;
    }

    private static String ns(String ns) {
        return ns == null ? "" : ns;
    }

    /** Collects text up to a limit, then only notes that it overflowed. */
    private static final class BoundedWriter extends Writer {
        private final StringBuilder text = new StringBuilder();
        private final int max;
        private boolean overflowed;

        BoundedWriter(int max) {
            this.max = max;
        }

        @Override
        public void write(char[] chars, int off, int len) {
            if (overflowed || text.length() + len > max) {
                overflowed = true;
                text.setLength(0);
                return;
            }
            text.append(chars, off, len);
        }

        @Override
        public void write(String s, int off, int len) {
            if (overflowed || text.length() + len > max) {
                overflowed = true;
                text.setLength(0);
                return;
            }
            text.append(s, off, off + len);
        }

        boolean overflowed() {
            return overflowed;
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}

        @Override
        public String toString() {
            return text.toString();
        }
    }
}
