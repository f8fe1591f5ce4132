package nl.wmoscorecards.core.ingest;

import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Walks one iWmo message with StAX and keeps only whitelisted element texts. Every other subtree (name,
 * birth date, address, relations, comments...) is skipped without its text being read, so personal data
 * other than the BSN never reaches the project.
 */
final class IwmoMessageReader {
    private static final String ROOT = "Bericht";

    private final XMLStreamReader xml;
    private IwmoMessageKind kind;
    private Set<String> productPaths;
    /** Every path that leads to something kept: descended into, all others are skipped. */
    private final Set<String> containers = new HashSet<>();
    private final Map<String, String> values = new HashMap<>();
    private final List<Map<String, String>> products = new ArrayList<>();

    private IwmoMessageReader(XMLStreamReader xml) {
        this.xml = xml;
    }

    static IwmoMessage read(XMLInputFactory factory, InputStream in) throws XMLStreamException, IwmoRefusal {
        XMLStreamReader xml = factory.createXMLStreamReader(in);
        try {
            return new IwmoMessageReader(xml).read();
        } finally {
            xml.close();
        }
    }

    private IwmoMessage read() throws XMLStreamException, IwmoRefusal {
        kind = readRoot();
        productPaths = kind.capturedProductPaths();
        for (String path : IwmoMessage.PATHS) {
            addContainers(path);
        }
        for (String productPath : productPaths) {
            addContainers(kind.productPath() + "/" + productPath);
        }
        readBody();
        // Read to the end so trailing garbage after the root is refused too.
        while (xml.hasNext()) {
            if (xml.next() == XMLStreamConstants.DTD) {
                throw dtdRefusal();
            }
        }
        return new IwmoMessage(kind, values, products);
    }

    private IwmoMessageKind readRoot() throws XMLStreamException, IwmoRefusal {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw dtdRefusal();
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String namespace = xml.getNamespaceURI();
                IwmoMessageKind found = IwmoMessageKind.fromNamespace(namespace).orElse(null);
                if (found == null || !ROOT.equals(xml.getLocalName())) {
                    throw new IwmoRefusal(null, "{" + (namespace == null ? "" : namespace) + "}" + xml.getLocalName(),
                            "root element must be Bericht in the iWmo 3.2 wmo301, wmo305 or wmo307 namespace");
                }
                return found;
            }
        }
        throw new IwmoRefusal(null, null, "holds no root element");
    }

    private void readBody() throws XMLStreamException, IwmoRefusal {
        Deque<String> open = new ArrayDeque<>();
        Map<String, String> product = null;
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw dtdRefusal();
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                if (open.isEmpty()) {
                    return; // end of the root
                }
                if (open.pop().equals(kind.productPath())) {
                    product = null;
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                String path = childPath(open.peek());
                if (path == null) {
                    skipElement();
                } else if (path.equals(kind.productPath())) {
                    product = new HashMap<>();
                    products.add(product);
                    open.push(path);
                } else if (product != null && path.startsWith(kind.productPath() + "/")
                        && productPaths.contains(path.substring(kind.productPath().length() + 1))) {
                    keep(product, path.substring(kind.productPath().length() + 1));
                } else if (product == null && IwmoMessage.PATHS.contains(path)) {
                    keep(values, path);
                } else if (containers.contains(path)) {
                    open.push(path);
                } else {
                    skipElement();
                }
            }
        }
    }

    /** The path of the current element, or null when it is in neither iWmo namespace (never kept). */
    private String childPath(String parent) {
        String namespace = xml.getNamespaceURI();
        String segment;
        if (kind.namespace().equals(namespace)) {
            segment = xml.getLocalName();
        } else if (IwmoMessageKind.BASIS_NAMESPACE.equals(namespace)) {
            segment = "iwmo:" + xml.getLocalName();
        } else {
            return null;
        }
        return parent == null ? segment : parent + "/" + segment;
    }

    private void keep(Map<String, String> target, String path) throws XMLStreamException, IwmoRefusal {
        String text = xml.getElementText().strip();
        if (target.putIfAbsent(path, text) != null) {
            // Never echo the value: it may be a BSN.
            throw new IwmoRefusal(null, null, "element " + path + " occurs more than once");
        }
    }

    /** Skips the current element and all it holds, reading no text. */
    private void skipElement() throws XMLStreamException {
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
    }

    private void addContainers(String path) {
        for (int slash = path.indexOf('/'); slash >= 0; slash = path.indexOf('/', slash + 1)) {
            containers.add(path.substring(0, slash));
        }
    }

    private static IwmoRefusal dtdRefusal() {
        return new IwmoRefusal(null, null, "contains a DOCTYPE; DTDs and entities are not allowed in iWmo");
    }
}
