package org.conferencedesk.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.conferencedesk.app.AppContext;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.BoothField;
import org.conferencedesk.exhibitors.ListedExhibitor;
import org.conferencedesk.exhibitors.ExhibitorField;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.shared.record.RecordField;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The record types the command line imports, exports and lists: one line each. {@code import},
 * {@code export} and {@code list} have one implementation ({@link ImportCommand.ImportRecords},
 * {@link ExportCommand.ExportRecords}, {@link ListCommand.ListRecords}) and a subcommand per line here.
 */
final class RecordTypes {

    /**
     * One record type on the command line.
     *
     * @param name the subcommand's name ({@code import contracts})
     * @param fields the type's field enum ({@code --map HEADER=field} is checked before the database opens)
     * @param importer the type's import pipeline in a context
     * @param exporter the type's export (whose rows {@code list} prints too), or null for a type that is only
     *                 imported (no {@code export} and {@code list} subcommands then)
     * @param json one row as JSON ({@code list --json}), given the event
     * @param text the rows as an aligned text table ({@code list})
     * @param headline the event's headline figures after an import, in the user's language
     * @param jsonList all the rows as JSON ({@code list --json}); by default an array of {@code json} rows
     * @param pdf what {@code export TYPE --out FILE.pdf} writes, or null if the type has no PDF
     * @param <X> the rows exported and listed
     */
    record RecordType<X>(String name, Class<? extends RecordField> fields, Function<AppContext, ImportService<?, ?>> importer,
                         Function<AppContext, ExportService<X>> exporter, BiFunction<X, Event, JsonNode> json,
                         TextList<X> text, Headline headline, BiFunction<List<X>, Event, JsonNode> jsonList, PdfExport pdf) {

        /** A type listed as an array of its rows, without a PDF export. */
        RecordType(String name, Class<? extends RecordField> fields, Function<AppContext, ImportService<?, ?>> importer,
                   Function<AppContext, ExportService<X>> exporter, BiFunction<X, Event, JsonNode> json,
                   TextList<X> text, Headline headline) {
            this(name, fields, importer, exporter, json, text, headline, null, null);
        }

        /** The rows as {@code list --json} prints them. */
        JsonNode toJson(List<X> rows, Event event) {
            if (jsonList != null) {
                return jsonList.apply(rows, event);
            }
            com.fasterxml.jackson.databind.node.ArrayNode array = Json.array();
            rows.forEach(row -> array.add(json.apply(row, event)));
            return array;
        }
    }

    /** Writes a type's PDF ({@code export TYPE --out FILE.pdf}). */
    interface PdfExport {
        void write(AppContext context, long eventId, Locale locale, java.nio.file.Path out);
    }

    /** Prints rows as a text table. */
    interface TextList<X> {
        void print(PrintWriter out, Messages messages, List<X> rows, Event event);
    }

    /** The figures printed after an import ("30 projects signed, total RMB 53.63 billion"). */
    interface Headline {
        String of(AppContext context, long eventId, Locale locale);
    }

    /** Every record type, in the order the help lists them. */
    static final List<RecordType<?>> ALL = List.of(
            new RecordType<ContractWithRunningTotal>("contracts", ContractField.class, AppContext::contractImport, AppContext::contractExport,
                    (row, event) -> Json.contract(row), ListCommand::printContracts,
                    (context, eventId, locale) -> TotalsCommand.headline(context.contracts().totals(eventId), locale)),
            new RecordType<Guest>("guests", GuestField.class, AppContext::guestImport, AppContext::guestExport,
                    (guest, event) -> Json.guest(guest, event.timeZone()), ListCommand::printGuests,
                    (context, eventId, locale) -> TotalsCommand.guestHeadline(context.guests().totals(eventId), locale)),
            new RecordType<ListedExhibitor>("exhibitors", ExhibitorField.class, AppContext::exhibitorImport,
                    AppContext::exhibitorExport, (row, event) -> Json.exhibitor(row), ListCommand::printExhibitors,
                    (context, eventId, locale) -> TotalsCommand.exhibitorHeadline(context.exhibitors().totals(eventId), locale)),
            new RecordType<Void>("booths", BoothField.class, AppContext::boothImport, null, null, null,
                    (context, eventId, locale) -> TotalsCommand.exhibitorHeadline(context.exhibitors().totals(eventId), locale)),
            new RecordType<org.conferencedesk.awards.io.AwardRow>("awards", org.conferencedesk.awards.io.AwardColumn.class,
                    AppContext::awardImport, AppContext::awardExport, (row, event) -> Json.awardRow(row), ListCommand::printAwards,
                    (context, eventId, locale) -> TotalsCommand.awardHeadline(context.awards().totals(eventId), locale),
                    Json::awards, (context, eventId, locale, out) -> context.awardDocuments().writeRunningOrder(eventId, locale, out)));

    private RecordTypes() {
    }
}
