package app.envelope.billing.table;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Pull-reads the rows of one worksheet's XML with StAX. Numeric cells are returned as the raw
 * value string of the sheet XML (exact, no double round trip); cells with a date format become
 * ISO dates. A DOCTYPE (the door to XML external entity attacks) is refused.
 */
final class SheetXmlReader implements AutoCloseable {
    static final String XXE_REASON = "contains an XML DOCTYPE or entity declaration (a possible XXE attack), so it was not read";

    private final XMLStreamReader xml;
    private final SharedStrings strings;
    private final StylesTable styles;
    private final List<Boolean> dateStyles = new ArrayList<>();
    private int rowIndex;

    SheetXmlReader(InputStream sheet, SharedStrings strings, StylesTable styles) throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        this.xml = factory.createXMLStreamReader(sheet);
        this.strings = strings;
        this.styles = styles;
    }

    /** 1-based sheet row number of the row last returned. */
    int rowIndex() {
        return rowIndex;
    }

    /** The next row's cells by column (missing cells are null), or null at the end of the sheet. */
    List<String> nextRow() throws XMLStreamException, UnreadableTableException {
        List<String> cells = null;
        int col = 0;
        String type = null;
        String style = null;
        String value = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_DECLARATION) {
                throw new UnreadableTableException(XXE_REASON);
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                switch (xml.getLocalName()) {
                    case "row" -> {
                        String r = xml.getAttributeValue(null, "r");
                        rowIndex = r == null ? rowIndex + 1 : Integer.parseInt(r);
                        cells = new ArrayList<>();
                        col = 0;
                    }
                    case "c" -> {
                        String ref = xml.getAttributeValue(null, "r");
                        col = ref == null ? col : columnOf(ref);
                        type = xml.getAttributeValue(null, "t");
                        style = xml.getAttributeValue(null, "s");
                        value = null;
                    }
                    case "v" -> value = xml.getElementText();
                    case "is" -> value = inlineText();
                    default -> { }
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                String name = xml.getLocalName();
                if (name.equals("c") && cells != null) {
                    while (cells.size() < col) cells.add(null);
                    cells.add(format(value, type, style));
                    col++;
                } else if (name.equals("row")) {
                    return cells == null ? List.of() : cells;
                }
            }
        }
        return null;
    }

    private String inlineText() throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        boolean inPhonetic = false;
        while (depth > 0 && xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (xml.getLocalName().equals("rPh")) inPhonetic = true;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (xml.getLocalName().equals("rPh")) inPhonetic = false;
            } else if ((event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) && !inPhonetic) {
                text.append(xml.getText());
            }
        }
        return text.toString();
    }

    private String format(String value, String type, String style) {
        if (value == null) return null;
        if (type == null || type.equals("n")) return isDateStyle(style) ? isoDate(value) : value;
        return switch (type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "b" -> value.equals("1") ? "TRUE" : "FALSE";
            default -> value; // str (formula text), inlineStr, e (error), d (ISO date)
        };
    }

    private boolean isDateStyle(String style) {
        if (style == null || styles == null) return false;
        int index = Integer.parseInt(style);
        while (dateStyles.size() <= index) dateStyles.add(null);
        Boolean known = dateStyles.get(index);
        if (known == null) {
            XSSFCellStyle cellStyle = index < styles.getNumCellStyles() ? styles.getStyleAt(index) : null;
            known = cellStyle != null && DateUtil.isADateFormat(cellStyle.getDataFormat(), cellStyle.getDataFormatString());
            dateStyles.set(index, known);
        }
        return known;
    }

    private static String isoDate(String serial) {
        LocalDateTime t = DateUtil.getLocalDateTime(Double.parseDouble(serial));
        return t.toLocalTime().toSecondOfDay() == 0 ? t.toLocalDate().toString() : t.toLocalDate() + "T" + t.toLocalTime();
    }

    /** "C12" → 2 (0-based column). */
    static int columnOf(String ref) {
        int col = 0;
        for (int i = 0; i < ref.length(); i++) {
            char c = ref.charAt(i);
            if (c >= 'A' && c <= 'Z') col = col * 26 + (c - 'A' + 1);
            else if (c >= 'a' && c <= 'z') col = col * 26 + (c - 'a' + 1);
            else break;
        }
        return col - 1;
    }

    @Override
    public void close() throws XMLStreamException {
        xml.close();
    }
}
