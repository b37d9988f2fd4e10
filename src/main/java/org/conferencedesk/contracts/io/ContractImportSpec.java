package org.conferencedesk.contracts.io;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.importexport.Duplicate;
import org.conferencedesk.importexport.HeaderVocabulary;
import org.conferencedesk.importexport.ImportRow;
import org.conferencedesk.importexport.ImportSpec;
import org.conferencedesk.importexport.RecordImport;
import org.conferencedesk.importexport.SeenKeys;
import org.conferencedesk.shared.RecordBatch;
import org.conferencedesk.shared.i18n.Messages;

/**
 * Signing-ceremony contracts as the import pipeline ({@link org.conferencedesk.importexport.ImportService})
 * reads them: the headers of {@link ContractHeaders}, the project name and the amount required, the
 * amount column taking units from its header, a title row or a unit column, rows converted by
 * {@link ContractRowConverter}, and saved by {@link ContractService#importAll}.
 *
 * <p>"Already there" is refused, not asked: a row whose project and investor (width, case and spacing
 * folded) are already in the event, or on an earlier row of the file, would count the project twice;
 * a signing order taken in the event or on an earlier row would put two projects on one place.
 * Contracts without a signing order are placed after the event's last one and after every place the
 * file gives, in file order.
 */
public final class ContractImportSpec implements ImportSpec<Contract, ContractField> {

    private final ContractService contracts;

    /** The import of contracts into {@code contracts}. */
    public ContractImportSpec(ContractService contracts) {
        this.contracts = contracts;
    }

    @Override
    public String name() {
        return "contracts";
    }

    @Override
    public String bundle() {
        return "contracts";
    }

    @Override
    public HeaderVocabulary<ContractField> headers() {
        return ContractHeaders.VOCABULARY;
    }

    @Override
    public Set<ContractField> required() {
        return EnumSet.of(ContractField.PROJECT_NAME, ContractField.AMOUNT);
    }

    @Override
    public ContractField nameField() {
        return ContractField.PROJECT_NAME;
    }

    @Override
    public Set<ContractField> amountFields() {
        return EnumSet.of(ContractField.AMOUNT);
    }

    @Override
    public RecordImport<Contract, ContractField> start(long eventId, Locale locale) {
        return new Run(eventId, locale);
    }

    @Override
    public int write(long eventId, String source, Consumer<RecordBatch<Contract>> rows) {
        return contracts.importAll(eventId, source, rows);
    }

    @Override
    public String displayName(Contract contract) {
        return contract.projectName();
    }

    @Override
    public BigDecimal amountForTotals(Contract contract) {
        return ContractRowConverter.amountForTotals(contract);
    }

    /** One import: the converter, what the event and the earlier rows hold, the next free place. */
    private final class Run implements RecordImport<Contract, ContractField> {
        private final long eventId;
        private final ContractRowConverter converter;
        private final Messages words;
        private Map<String, Contract> eventByKey;
        private Map<Integer, Contract> eventByOrder;
        private int eventNextOrder;
        private final SeenKeys fileKeys = new SeenKeys(1024);
        private final SeenKeys fileOrders = new SeenKeys(1024);
        private int fileMaxOrder;
        private int nextOrder;

        Run(long eventId, Locale locale) {
            this.eventId = eventId;
            this.converter = new ContractRowConverter(eventId, contracts.list(eventId), locale);
            this.words = Messages.of("contracts", locale);
        }

        @Override
        public Contract convert(ImportRow<ContractField> row) {
            return converter.convert(row);
        }

        @Override
        public Duplicate<Contract> check(Contract candidate, ImportRow<ContractField> row) {
            if (eventByKey == null) {
                List<Contract> existing = contracts.list(eventId);
                eventByKey = new HashMap<>();
                eventByOrder = new HashMap<>();
                for (Contract c : existing) {
                    eventByKey.putIfAbsent(key(c), c);
                    if (c.signingOrder() != null) {
                        eventByOrder.putIfAbsent(c.signingOrder(), c);
                    }
                }
                eventNextOrder = contracts.nextSigningOrder(eventId);
            }
            String key = key(candidate);
            Contract twin = eventByKey.get(key);
            int earlier = fileKeys.firstLine(key, row.line());
            if (twin != null) {
                row.problem(ContractField.PROJECT_NAME, words.get("io.row.alreadyInEvent", twin.projectName(),
                        twin.investor() == null ? "—" : twin.investor(),
                        twin.signingOrder() == null ? "—" : String.valueOf(twin.signingOrder())));
            } else if (earlier > 0) {
                row.problem(ContractField.PROJECT_NAME, words.get("io.row.repeatsLine", earlier));
            }
            Integer order = candidate.signingOrder();
            if (order != null) {
                fileMaxOrder = Math.max(fileMaxOrder, order);
                int firstLine = fileOrders.firstLine(String.valueOf(order), row.line());
                Contract samePlace = eventByOrder.get(order);
                if (firstLine > 0) {
                    row.problem(ContractField.SIGNING_ORDER, words.get("io.row.signingOrder.duplicate",
                            String.valueOf(order), String.valueOf(firstLine)));
                } else if (samePlace != null && twin == null) {
                    row.problem(ContractField.SIGNING_ORDER, words.get("io.row.signingOrder.taken",
                            String.valueOf(order), samePlace.projectName()));
                }
            }
            return null;
        }

        @Override
        public Contract beforeSaving(Contract contract) {
            if (contract.signingOrder() != null) {
                return contract;
            }
            if (nextOrder == 0) {
                nextOrder = Math.max(Math.max(eventNextOrder, fileMaxOrder + 1), 1);
            }
            return contract.withSigningOrder(nextOrder++);
        }
    }

    /** Project name and investor with width, case and spacing folded: what "the same contract" means. */
    static String key(Contract c) {
        return fold(c.projectName()) + '\u0000' + fold(c.investor());
    }

    private static String fold(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
    }
}
