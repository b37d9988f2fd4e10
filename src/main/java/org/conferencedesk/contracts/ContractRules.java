package org.conferencedesk.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.conferencedesk.shared.record.FieldProblem;

/**
 * The rules a contract must meet before it is saved, shared by the form, the importers and the
 * service, so that a value refused in one place is refused everywhere with the same words (keys
 * {@code rule.*} of the {@code contracts} bundle, in both languages).
 */
public final class ContractRules {

    private ContractRules() {
    }

    /**
     * Checks {@code contract} and returns every problem (empty if it may be saved). Values over a
     * field's length are refused, never cut.
     */
    public static List<FieldProblem<ContractField>> check(Contract contract) {
        List<FieldProblem<ContractField>> problems = new ArrayList<>();
        if (contract.projectName().isBlank()) {
            problems.add(new FieldProblem<>(ContractField.PROJECT_NAME, "rule.projectNameEmpty"));
        }
        Map<ContractField, String> texts = Map.of(
                ContractField.PROJECT_NAME, contract.projectName(),
                ContractField.INVESTOR, nullToEmpty(contract.investor()),
                ContractField.PARTNER, nullToEmpty(contract.partner()),
                ContractField.SECTOR, nullToEmpty(contract.sector()),
                ContractField.DISTRICT, nullToEmpty(contract.district()),
                ContractField.NOTE, nullToEmpty(contract.note()));
        for (ContractField field : ContractField.values()) {
            String text = texts.get(field);
            if (text != null) {
                // H2 counts VARCHAR length in UTF-16 units, so a rare character such as 𠮷 counts twice.
                int length = text.length();
                if (length > field.maxLength()) {
                    problems.add(new FieldProblem<>(field, "rule.tooLong", length, field.maxLength()));
                }
            }
        }
        if (!contract.currency().matches("[A-Z]{3}")) {
            problems.add(new FieldProblem<>(ContractField.CURRENCY, "rule.currency", contract.currency()));
        }
        if (contract.amount().precision() - contract.amount().scale() > 17) {
            problems.add(new FieldProblem<>(ContractField.AMOUNT, "rule.amountTooLarge", contract.amount().toPlainString()));
        }
        if (contract.signingOrder() != null && contract.signingOrder() < 1) {
            problems.add(new FieldProblem<>(ContractField.SIGNING_ORDER, "rule.signingOrder", String.valueOf(contract.signingOrder())));
        }
        return problems;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
