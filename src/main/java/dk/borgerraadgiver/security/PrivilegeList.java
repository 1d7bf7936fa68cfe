package dk.borgerraadgiver.security;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;

/**
 * The privileges NemLog-in passes on a MitID login (OIOSAML 3 Basic Privilege Profile, base64 XML in
 * the attribute {@code https://data.gov.dk/model/core/eid/privilegesIntermediate}). With Digital
 * Fuldmagt, a group's scope is the CPR number of the person who gave the power of attorney
 * ({@code urn:dk:gov:saml:cprNumberIdentifier:<cpr>}), and its privileges say what for. The XML is
 * parsed without DTDs or external entities, and at most {@link #MAX_BYTES}.
 */
public record PrivilegeList(List<Group> groups) {

    public static final String CLAIM = "https://data.gov.dk/model/core/eid/privilegesIntermediate";
    public static final int MAX_BYTES = 64 * 1024;
    private static final String CPR_SCOPE = "urn:dk:gov:saml:cprNumberIdentifier:";
    private static final String CVR_SCOPE = "urn:dk:gov:saml:cvrNumberIdentifier:";

    /** One scope and its privileges. */
    public record Group(String scope, List<String> privileges) {

        /** The CPR number the privileges are on behalf of, when the scope is a person. */
        public Optional<String> onBehalfOfCpr() {
            return scope.startsWith(CPR_SCOPE) && scope.substring(CPR_SCOPE.length()).matches("\\d{10}")
                    ? Optional.of(scope.substring(CPR_SCOPE.length())) : Optional.empty();
        }

        /** The CVR number, when the scope is a company. */
        public Optional<String> cvr() {
            return scope.startsWith(CVR_SCOPE) ? Optional.of(scope.substring(CVR_SCOPE.length())) : Optional.empty();
        }

        @Override
        public String toString() {
            return "Group[" + (onBehalfOfCpr().isPresent() ? "person" : scope) + ", " + privileges.size() + " privileges]";
        }
    }

    /** Thrown for a claim that is not a privilege list the portal can trust. */
    public static final class Unreadable extends RuntimeException {
        Unreadable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Parses the claim's value (base64 of the XML). */
    public static PrivilegeList parse(String base64) {
        byte[] xml;
        try {
            xml = Base64.getMimeDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new Unreadable("Not base64", e);
        }
        if (xml.length > MAX_BYTES) {
            throw new Unreadable("Privilege list too large", null);
        }
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setExpandEntityReferences(false);
            factory.setXIncludeAware(false);
            var root = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
            if (!"PrivilegeList".equals(root.getLocalName())) {
                throw new Unreadable("Not a PrivilegeList", null);
            }
            var groups = new ArrayList<Group>();
            var groupNodes = root.getElementsByTagNameNS("*", "PrivilegeGroup");
            for (int i = 0; i < groupNodes.getLength(); i++) {
                var group = (Element) groupNodes.item(i);
                var privileges = new ArrayList<String>();
                var privilegeNodes = group.getElementsByTagNameNS("*", "Privilege");
                for (int j = 0; j < privilegeNodes.getLength(); j++) {
                    privileges.add(privilegeNodes.item(j).getTextContent().strip());
                }
                groups.add(new Group(group.getAttribute("Scope").strip(), List.copyOf(privileges)));
            }
            return new PrivilegeList(List.copyOf(groups));
        } catch (Unreadable e) {
            throw e;
        } catch (Exception e) {
            throw new Unreadable("Not a readable privilege list", e);
        }
    }

    /** The people (by CPR number) who gave the signed-in citizen a power of attorney through Digital Fuldmagt. */
    public List<String> grantors() {
        return groups.stream().flatMap(group -> group.onBehalfOfCpr().stream()).distinct().toList();
    }
}
