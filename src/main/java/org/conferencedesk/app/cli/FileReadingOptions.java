package org.conferencedesk.app.cli;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import org.conferencedesk.shared.i18n.Messages;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * How to read an import file, shared by {@code import contracts} and {@code import guests} as a
 * picocli mixin: {@code --encoding E}, {@code --delimiter C}, {@code --sheet NAME}, {@code --decimal-comma} / {@code --decimal-point}. Each left out
 * means "detect" (null).
 */
final class FileReadingOptions {

    @Option(names = "--encoding", paramLabel = "E", descriptionKey = "option.encoding")
    private String encoding;

    @Option(names = "--delimiter", paramLabel = "C", descriptionKey = "option.delimiter")
    private String delimiter;

    @Option(names = "--sheet", paramLabel = "NAME", descriptionKey = "option.sheet")
    private String sheet;

    @Option(names = "--decimal-comma", descriptionKey = "option.decimalComma")
    private boolean decimalComma;

    @Option(names = "--decimal-point", descriptionKey = "option.decimalPoint")
    private boolean decimalPoint;

    /**
     * {@code --encoding} as a charset, or null to detect.
     *
     * @throws CommandLine.ParameterException (exit 2) naming the encoding if Java does not know it
     */
    Charset charset(CommandSpec spec, Messages messages) {
        if (encoding == null || encoding.isBlank()) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.badEncoding", encoding));
        }
    }

    /**
     * {@code --delimiter}: one character, or "tab"; null to detect.
     *
     * @throws CommandLine.ParameterException (exit 2) for anything longer than one character
     */
    Character delimiter(CommandSpec spec, Messages messages) {
        if (delimiter == null || delimiter.isEmpty()) {
            return null;
        }
        String d = delimiter.toLowerCase(Locale.ROOT);
        if (d.equals("tab") || d.equals("\\t")) {
            return '\t';
        }
        if (delimiter.length() == 1) {
            return delimiter.charAt(0);
        }
        throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.badDelimiter", delimiter));
    }

    /**
     * {@code --decimal-comma} or {@code --decimal-point}, or null to decide from the file.
     *
     * @throws CommandLine.ParameterException (exit 2) if both are given
     */
    org.conferencedesk.importexport.DecimalMark decimalMark(CommandSpec spec, Messages messages) {
        if (decimalComma && decimalPoint) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.get("import.bothDecimalMarks"));
        }
        return decimalComma ? org.conferencedesk.importexport.DecimalMark.COMMA
                : decimalPoint ? org.conferencedesk.importexport.DecimalMark.POINT : null;
    }

    /** {@code --sheet}, or null for the first visible sheet. */
    String sheet() {
        return sheet;
    }
}
