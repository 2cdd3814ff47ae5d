package io.safeguard.accesslog.ingest;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * XML reading that cannot be turned against us (OWASP XXE cheat sheet): the JDK's own StAX implementation (not
 * whichever one the class path offers), no DTD support, no external entities, no external DTD or schema access, a
 * resolver that refuses everything. On top of that, the readers refuse any document that has a DTD at all ({@link
 * #refuseDtd}): a billion-laughs or XXE payload needs one.
 */
final class SafeXml {
    private SafeXml() {}

    /** A new factory per use: the StAX factories are not specified as thread-safe. */
    static XMLInputFactory inputFactory() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false);
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entities are not read");
        });
        return f;
    }

    static XMLOutputFactory outputFactory() {
        XMLOutputFactory f = XMLOutputFactory.newDefaultFactory();
        f.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return f;
    }

    /** Moves to the root element; a DTD or entity reference before it means the document is refused. */
    static void toRoot(XMLStreamReader r) throws XMLStreamException, DtdRefused {
        int event = r.getEventType();
        while (event != XMLStreamReader.START_ELEMENT) {
            refuseDtd(event);
            if (!r.hasNext()) {
                throw new XMLStreamException("the document has no root element");
            }
            event = r.next();
        }
    }

    static void refuseDtd(int event) throws DtdRefused {
        if (event == XMLStreamReader.DTD || event == XMLStreamReader.ENTITY_REFERENCE
                || event == XMLStreamReader.ENTITY_DECLARATION || event == XMLStreamReader.NOTATION_DECLARATION) {
            throw new DtdRefused();
        }
    }

    /** The document declares a DTD or uses entities: refused without reading further. */
    static final class DtdRefused extends Exception {
        DtdRefused() {
            super("XML with a document type declaration (DOCTYPE) or entity references is refused", null, false, false);
        }
    }
}
