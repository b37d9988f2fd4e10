package org.conferencedesk.contracts.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.importexport.ExportColumn;
import org.conferencedesk.importexport.ExportColumn.Kind;
import org.conferencedesk.importexport.ExportSpec;
import org.conferencedesk.shared.i18n.Messages;

/**
 * The columns of a contract export: the event's contracts in signing order, one column per field
 * (headers the importer recognises, status words in the user's language), then the running total
 * in yuan. An export imports back to the same contracts.
 */
public final class ContractExportSpec implements ExportSpec<ContractWithRunningTotal> {

    private final ContractService contracts;

    /** The export of {@code contracts}' ledger. */
    public ContractExportSpec(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String bundle() {
        return "contracts";
    }

    @Override
    public List<ContractWithRunningTotal> rows(long eventId) {
        return contracts.listWithRunningTotals(eventId);
    }

    @Override
    public List<ExportColumn<ContractWithRunningTotal>> columns(long eventId, Locale locale) {
        Messages words = Messages.of("contracts", locale);
        List<ExportColumn<ContractWithRunningTotal>> columns = new ArrayList<>();
        columns.add(column(words.get("io.export.signingOrder"), Kind.WHOLE_NUMBER, 8, Contract::signingOrder));
        columns.add(text(ContractField.PROJECT_NAME, locale, 40, Contract::projectName));
        columns.add(text(ContractField.INVESTOR, locale, 30, Contract::investor));
        columns.add(text(ContractField.PARTNER, locale, 30, Contract::partner));
        columns.add(text(ContractField.SECTOR, locale, 16, Contract::sector));
        columns.add(text(ContractField.DISTRICT, locale, 14, Contract::district));
        columns.add(column(words.get("io.export.amount"), Kind.AMOUNT, 20, Contract::amount));
        columns.add(column(ContractField.CURRENCY.label(locale), Kind.WORD, 8, Contract::currency));
        columns.add(column(ContractField.STATUS.label(locale), Kind.WORD, 10,
                c -> words.get("io.status." + c.status().name())));
        columns.add(column(ContractField.SIGNED_ON.label(locale), Kind.DATE, 12, Contract::signedOn));
        columns.add(text(ContractField.NOTE, locale, 30, Contract::note));
        columns.add(new ExportColumn<>(words.get("io.export.runningTotal"), Kind.AMOUNT, 22,
                ContractWithRunningTotal::runningTotal));
        return columns;
    }

    private static ExportColumn<ContractWithRunningTotal> text(ContractField field, Locale locale, int width,
                                                               java.util.function.Function<Contract, String> value) {
        return new ExportColumn<>(field.label(locale), Kind.TEXT, width, row -> value.apply(row.contract()));
    }

    private static ExportColumn<ContractWithRunningTotal> column(String header, Kind kind, int width,
                                                                 java.util.function.Function<Contract, Object> value) {
        return new ExportColumn<>(header, kind, width, row -> value.apply(row.contract()));
    }
}
