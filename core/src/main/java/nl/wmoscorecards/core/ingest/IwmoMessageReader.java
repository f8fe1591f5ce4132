package nl.wmoscorecards.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    private static final int DECLARATION_BYTES = 256;
    private static final Pattern DECLARED_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*encoding\\s*=\\s*[\"']([A-Za-z0-9._-]+)[\"']");

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
        XMLStreamReader xml = open(factory, in);
        try {
            return new IwmoMessageReader(xml).read();
        } finally {
            xml.close();
        }
    }

    /**
     * iWmo messages are UTF-8. Such a message (declared so, or without a declared encoding) is decoded here by a
     * strict decoder: the JDK's own decoder prints "[Fatal Error] ..." to stderr on a malformed byte, before the
     * refusal that the ingest reports. A message declaring another encoding is left to the parser.
     */
    private static XMLStreamReader open(XMLInputFactory factory, InputStream in) throws XMLStreamException {
        BufferedInputStream buffered = new BufferedInputStream(in, DECLARATION_BYTES);
        try {
            buffered.mark(DECLARATION_BYTES);
            byte[] head = buffered.readNBytes(DECLARATION_BYTES);
            buffered.reset();
            if (!declaresUtf8(head)) {
                return factory.createXMLStreamReader(buffered);
            }
            if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
                buffered.skipNBytes(3);
            }
        } catch (IOException e) {
            throw new XMLStreamException("cannot read the message", e);
        }
        return factory.createXMLStreamReader(new InputStreamReader(buffered, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
    }

    /** True for UTF-8: no UTF-16 byte order mark and no other encoding in the XML declaration. */
    private static boolean declaresUtf8(byte[] head) {
        if (head.length >= 2 && ((head[0] & 0xff) == 0xFE || (head[0] & 0xff) == 0xFF || head[0] == 0 || head[1] == 0)) {
            return false;
        }
        Matcher declared = DECLARED_ENCODING.matcher(new String(head, StandardCharsets.ISO_8859_1));
        return !declared.find() || declared.group(1).equalsIgnoreCase("UTF-8");
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
