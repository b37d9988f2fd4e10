package org.conferencedesk.contracts;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The rules a contract must meet before it is saved, shared by the form, the importers and the
 * service, so that a value refused in one place is refused everywhere with the same words.
 */
public final class ContractRules {

    private ContractRules() {
    }

    /**
     * A field that breaks a rule.
     *
     * @param field the field
     * @param message an English sentence saying what is wrong and what to do
     */
    public record Problem(ContractField field, String message) {
    }

    /**
     * Checks {@code contract} and returns every problem (empty if it may be saved). Values over a
     * field's length are refused, never cut.
     */
    public static List<Problem> check(Contract contract) {
        List<Problem> problems = new ArrayList<>();
        if (contract.projectName().isBlank()) {
            problems.add(new Problem(ContractField.PROJECT_NAME, "The project name is empty; every contract needs one."));
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
                    problems.add(new Problem(field, "The " + field.jsonName() + " has " + length
                            + " characters; at most " + field.maxLength() + " fit. Shorten it."));
                }
            }
        }
        if (!contract.currency().matches("[A-Z]{3}")) {
            problems.add(new Problem(ContractField.CURRENCY, "The currency \"" + contract.currency()
                    + "\" is not a three-letter ISO code such as CNY or USD."));
        }
        if (contract.amount().precision() - contract.amount().scale() > 17) {
            problems.add(new Problem(ContractField.AMOUNT, "The amount " + contract.amount().toPlainString()
                    + " is too large to keep (at most 17 digits before the decimal point)."));
        }
        if (contract.signingOrder() != null && contract.signingOrder() < 1) {
            problems.add(new Problem(ContractField.SIGNING_ORDER, "The signing order must be 1 or more."));
        }
        return problems;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
