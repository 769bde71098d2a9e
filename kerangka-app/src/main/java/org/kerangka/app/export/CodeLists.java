package org.kerangka.app.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The codes of the IATI code lists shipped under {@code resources/iati/codelists}. */
final class CodeLists {
  private static final ConcurrentHashMap<String, Set<String>> CACHE = new ConcurrentHashMap<>();

  private CodeLists() {}

  /** The codes of the list, e.g. {@code codes("Country")}. */
  static Set<String> codes(String list) {
    return CACHE.computeIfAbsent(list, CodeLists::load);
  }

  private static Set<String> load(String list) {
    String resource = "iati/codelists/" + list + ".xml";
    try (InputStream in = CodeLists.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing code list " + resource);
      }
      XMLInputFactory factory = XMLInputFactory.newFactory();
      factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
      XMLStreamReader xml = factory.createXMLStreamReader(in);
      Set<String> codes = new LinkedHashSet<>();
      while (xml.hasNext()) {
        if (xml.next() == XMLStreamReader.START_ELEMENT && xml.getLocalName().equals("code")) {
          codes.add(xml.getElementText().strip());
        }
      }
      xml.close();
      return Set.copyOf(codes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException("unreadable code list " + resource, e);
    }
  }
}
