package org.conferencedesk.importexport;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.SAXException;

/**
 * The rows of one sheet of a big XLSX workbook, read as the sheet's XML is parsed (Apache POI's
 * event API: {@link XSSFReader} for the parts, StAX for the sheet) instead of through POI's user
 * model, which holds every cell. Cells read as {@link SpreadsheetReader#cellText} reads them
 * (numbers as Excel shows them, dates in the workbook's date system), except that a formula is
 * never calculated: its saved result is read, and one without a saved result reads as empty
 * (flagged in {@link SpreadsheetRow#formulasWithoutResult()} as before). Package-private.
 *
 * <p>The shared strings (the texts of the workbook, each once) and the styles are read once and
 * kept while the table lives; the sheet itself is parsed again for each pass over its rows.
 */
final class XlsxRows implements RowSource {

    /** A sheet as the workbook lists it, in tab order. */
    record SheetEntry(String name, String relationId, boolean hidden) {
    }

    /** What the workbook part says: its sheets and its date system. */
    record WorkbookInfo(List<SheetEntry> sheets, boolean date1904) {
    }

    private final File file;
    private final String relationId;
    private final ReadOnlySharedStringsTable strings;
    private final StylesTable styles;
    private final boolean date1904;

    private XlsxRows(File file, String relationId, ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904) {
        this.file = file;
        this.relationId = relationId;
        this.strings = strings;
        this.styles = styles;
        this.date1904 = date1904;
    }

    /** The workbook's sheets (hidden and very hidden ones marked) and date system. */
    static WorkbookInfo workbook(File file) throws IOException {
        OPCPackage pkg = null;
        try (InputStream in = new XSSFReader(pkg = OPCPackage.open(file, PackageAccess.READ)).getWorkbookData()) {
            XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
            List<SheetEntry> sheets = new ArrayList<>();
            boolean date1904 = false;
            while (xml.hasNext()) {
                if (xml.next() != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                if (xml.getLocalName().equals("workbookPr")) {
                    String value = attribute(xml, "date1904");
                    date1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
                } else if (xml.getLocalName().equals("sheet")) {
                    String state = attribute(xml, "state");
                    sheets.add(new SheetEntry(attribute(xml, "name"), relationId(xml),
                            "hidden".equals(state) || "veryHidden".equals(state)));
                }
            }
            xml.close();
            return new WorkbookInfo(sheets, date1904);
        } catch (OpenXML4JException | XMLStreamException e) {
            throw new IOException(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** The rows of the sheet with {@code relationId}, with the workbook's shared strings and styles read once. */
    static XlsxRows of(File file, String relationId, boolean date1904) throws IOException {
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file, PackageAccess.READ);
            XSSFReader reader = new XSSFReader(pkg);
            return new XlsxRows(file, relationId, new ReadOnlySharedStringsTable(pkg, false), reader.getStylesTable(),
                    date1904);
        } catch (OpenXML4JException | SAXException e) {
            throw new IOException(e);
        } finally {
            if (pkg != null) {
                pkg.revert();
            }
        }
    }

    /** The sheet's merged cells (they are listed after its rows: a pass of their own). */
    List<CellRangeAddress> mergedRegions() throws IOException {
        List<CellRangeAddress> merged = new ArrayList<>();
        try (Sheet sheet = new Sheet()) {
            XMLStreamReader xml = sheet.xml;
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
                    String ref = attribute(xml, "ref");
                    if (ref != null) {
                        merged.add(CellRangeAddress.valueOf(ref));
                    }
                }
            }
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return merged;
    }

    @Override
    public Cursor open() throws IOException {
        Sheet sheet = new Sheet();
        return new Cursor() {
            private int lastLine;

            @Override
            public SpreadsheetRow next() throws IOException {
                try {
                    return row(sheet.xml);
                } catch (XMLStreamException | RuntimeException e) {
                    throw new IOException(e);
                }
            }

            /** The next row of the sheet, or null after its last. */
            private SpreadsheetRow row(XMLStreamReader xml) throws XMLStreamException {
                List<String> cells = null;
                List<Integer> uncalculated = null;
                int line = 0;
                int column = 0;
                String type = null;
                String style = null;
                String value = null;
                String inline = null;
                boolean formula = false;
                while (xml.hasNext()) {
                    int event = xml.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "row" -> {
                                String r = attribute(xml, "r");
                                line = r == null ? lastLine + 1 : Integer.parseInt(r);
                                cells = new ArrayList<>();
                                uncalculated = new ArrayList<>(0);
                                column = 0;
                            }
                            case "c" -> {
                                String r = attribute(xml, "r");
                                if (r != null) {
                                    column = new CellReference(r).getCol();
                                }
                                type = attribute(xml, "t");
                                style = attribute(xml, "s");
                                value = null;
                                inline = null;
                                formula = false;
                            }
                            case "f" -> formula = true;
                            case "v" -> value = xml.getElementText();
                            case "is" -> inline = inlineText(xml);
                            default -> {
                            }
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        switch (xml.getLocalName()) {
                            case "c" -> {
                                if (cells != null) {
                                    while (cells.size() <= column) {
                                        cells.add("");
                                    }
                                    cells.set(column, text(type, style, value, inline));
                                    if (formula && (value == null || value.isEmpty())) {
                                        uncalculated.add(column);
                                    }
                                }
                                column++;
                            }
                            case "row" -> {
                                lastLine = line;
                                return new SpreadsheetRow(line, cells, uncalculated);
                            }
                            case "sheetData" -> {
                                return null;
                            }
                            default -> {
                            }
                        }
                    }
                }
                return null;
            }

            @Override
            public void close() throws IOException {
                sheet.close();
            }
        };
    }

    /** The text of an inline string ({@code <is>}), its runs joined, phonetic guides left out. */
    private static String inlineText(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int phonetic = 0;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic++;
                } else if (xml.getLocalName().equals("t") && phonetic == 0) {
                    text.append(xml.getElementText());
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                if (xml.getLocalName().equals("rPh")) {
                    phonetic--;
                } else if (xml.getLocalName().equals("is")) {
                    break;
                }
            }
        }
        return text.toString();
    }

    /** A cell's text as {@link SpreadsheetReader#cellText} gives it, from its type, style and saved value. */
    private String text(String type, String style, String value, String inline) {
        if ("inlineStr".equals(type)) {
            return inline == null ? "" : inline;
        }
        if (value == null || value.isEmpty()) {
            return inline == null ? "" : inline;
        }
        return switch (type == null ? "n" : type) {
            case "s" -> strings.getItemAt(Integer.parseInt(value.strip())).getString();
            case "str", "e", "d" -> value;
            case "b" -> "1".equals(value.strip()) || "true".equalsIgnoreCase(value.strip()) ? "TRUE" : "FALSE";
            default -> SpreadsheetReader.numberText(Double.parseDouble(value), dateFormatted(style, value), date1904);
        };
    }

    private boolean dateFormatted(String style, String value) {
        if (style == null || styles == null) {
            return false;
        }
        int index = Integer.parseInt(style);
        if (index < 0 || index >= styles.getNumCellStyles()) {
            return false;
        }
        XSSFCellStyle cellStyle = styles.getStyleAt(index);
        return cellStyle != null && SpreadsheetReader.isDateFormat(cellStyle.getDataFormat(),
                cellStyle.getDataFormatString(), Double.parseDouble(value));
    }

    private static String attribute(XMLStreamReader xml, String name) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals(name)) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** The {@code r:id} of a {@code <sheet>}: the relationship to its part. */
    private static String relationId(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            if (xml.getAttributeLocalName(i).equals("id") && xml.getAttributeNamespace(i) != null
                    && xml.getAttributeNamespace(i).contains("relationships")) {
                return xml.getAttributeValue(i);
            }
        }
        return null;
    }

    /** One parse of the sheet's XML: the package and the part's stream, closed together. */
    private final class Sheet implements AutoCloseable {
        private final OPCPackage pkg;
        private final InputStream in;
        final XMLStreamReader xml;

        Sheet() throws IOException {
            OPCPackage opened = null;
            InputStream stream = null;
            try {
                opened = OPCPackage.open(file, PackageAccess.READ);
                stream = new XSSFReader(opened).getSheet(relationId);
                XMLInputFactory factory = XMLHelper.newXMLInputFactory();
                xml = factory.createXMLStreamReader(stream);
            } catch (OpenXML4JException | XMLStreamException | RuntimeException e) {
                if (stream != null) {
                    stream.close();
                }
                if (opened != null) {
                    opened.revert();
                }
                throw new IOException(e);
            }
            pkg = opened;
            in = stream;
        }

        @Override
        public void close() throws IOException {
            try {
                xml.close();
            } catch (XMLStreamException ignored) {
                // Only read from.
            }
            in.close();
            pkg.revert();
        }
    }
}
