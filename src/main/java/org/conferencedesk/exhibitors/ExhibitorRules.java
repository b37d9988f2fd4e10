package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.conferencedesk.shared.TextRules;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.record.FieldProblem;
import org.conferencedesk.shared.record.RecordField;

/**
 * The rules an exhibitor, hall, booth, fee rate or deposit must meet before it is saved, shared by
 * the forms, the importers and {@link ExhibitorService}, so that a value refused in one place is
 * refused everywhere with the same words. Text over its field's length is refused, never cut;
 * e-mail and phone shapes are those of {@link TextRules}, shared with guests. Decimals are never
 * rounded: an area of 12.345 m² or a rate of ¥1,250.005 is refused, not made 12.35 or 1,250.01.
 * Rules that need other records (a booth code already in the hall, booths overlapping, a booth
 * already held) are the service's.
 */
public final class ExhibitorRules {

    /** Largest area or plan measure kept, exclusive: DECIMAL(9,2) holds 7 digits before the point. */
    static final BigDecimal MEASURE_LIMIT = BigDecimal.TEN.pow(7);
    /** Largest corner premium, in percent. */
    static final BigDecimal PREMIUM_LIMIT = BigDecimal.valueOf(100);

    private static final ExhibitorField[] TEXT_FIELDS = java.util.Arrays.stream(ExhibitorField.values())
            .filter(f -> f.maxLength() > 0).toArray(ExhibitorField[]::new);

    private ExhibitorRules() {
    }

    /** Every problem of {@code exhibitor} (empty if it may be saved). No allocation for one without problems. */
    public static List<FieldProblem<ExhibitorField>> check(Exhibitor exhibitor) {
        List<FieldProblem<ExhibitorField>> problems = null;
        if (exhibitor.companyName().isBlank()) {
            problems = add(problems, new FieldProblem<>(ExhibitorField.COMPANY_NAME, "rule.empty"));
        }
        for (ExhibitorField field : TEXT_FIELDS) {
            String text = exhibitor.text(field);
            if (TextRules.isTooLong(text, field.maxLength())) {
                problems = add(problems, new FieldProblem<>(field, "rule.tooLong", TextRules.storedLength(text),
                        field.maxLength()));
            }
        }
        String email = exhibitor.text(ExhibitorField.EMAIL);
        if (email != null && !TextRules.isEmail(email.strip())) {
            problems = add(problems, new FieldProblem<>(ExhibitorField.EMAIL, "rule.email", email.strip()));
        }
        String phone = exhibitor.text(ExhibitorField.PHONE);
        if (phone != null && !TextRules.isPhone(phone)) {
            problems = add(problems, new FieldProblem<>(ExhibitorField.PHONE, "rule.phone", phone.strip()));
        }
        boolean hasReason = exhibitor.text(ExhibitorField.FEE_OVERRIDE_REASON) != null;
        if (exhibitor.feeOverride() != null && !hasReason) {
            problems = add(problems, new FieldProblem<>(ExhibitorField.FEE_OVERRIDE_REASON, "rule.overrideNeedsReason"));
        }
        if (exhibitor.feeOverride() == null && hasReason) {
            problems = add(problems, new FieldProblem<>(ExhibitorField.FEE_OVERRIDE, "rule.reasonNeedsOverride"));
        }
        if (exhibitor.feeOverride() != null && !exhibitor.feeOverride().fitsDecimal19x2()) {
            problems = add(problems, new FieldProblem<>(ExhibitorField.FEE_OVERRIDE, "rule.tooLarge",
                    exhibitor.feeOverride().value().toPlainString()));
        }
        return problems == null ? List.of() : problems;
    }

    /** Every problem of {@code hall}: a code, lengths, a size in metres larger than 0 with two decimals at most. */
    public static List<FieldProblem<BoothField>> check(Hall hall) {
        List<FieldProblem<BoothField>> problems = new ArrayList<>();
        code(problems, BoothField.HALL, hall.code(), Hall.CODE_LENGTH);
        if (TextRules.isTooLong(hall.name(), Hall.NAME_LENGTH)) {
            problems.add(new FieldProblem<>(BoothField.HALL_NAME, "rule.tooLong", TextRules.storedLength(hall.name()), Hall.NAME_LENGTH));
        }
        if (hall.widthM() != null) {
            measure(problems, BoothField.HALL_WIDTH, hall.widthM(), false);
        }
        if (hall.depthM() != null) {
            measure(problems, BoothField.HALL_DEPTH, hall.depthM(), false);
        }
        return problems;
    }

    /**
     * Every problem of {@code booth} on its own and in {@code hall}: a code, an area larger than 0, a
     * place whose measures are valid and which lies within the hall when the hall's size is known.
     */
    public static List<FieldProblem<BoothField>> check(Booth booth, Hall hall) {
        List<FieldProblem<BoothField>> problems = new ArrayList<>();
        code(problems, BoothField.BOOTH, booth.code(), Booth.CODE_LENGTH);
        measure(problems, BoothField.AREA, booth.areaM2(), false);
        BoothPlace place = booth.place();
        if (place != null) {
            int before = problems.size();
            measure(problems, BoothField.X, place.x(), true);
            measure(problems, BoothField.Y, place.y(), true);
            measure(problems, BoothField.WIDTH, place.width(), false);
            measure(problems, BoothField.DEPTH, place.depth(), false);
            if (problems.size() == before && hall != null && hall.hasSize()
                    && !place.fitsIn(hall.widthM(), hall.depthM())) {
                problems.add(new FieldProblem<>(BoothField.PLACE, "rule.outsideHall", booth.code().strip(), hall.code(),
                        plain(hall.widthM()), plain(hall.depthM())));
            }
        }
        return problems;
    }

    /** Every problem of {@code rate}: a rate ≥ 0 to the fen, a currency, a minimum area &gt; 0, a premium 0–100 %. */
    public static List<FieldProblem<FeeField>> check(BoothRate rate) {
        List<FieldProblem<FeeField>> problems = new ArrayList<>();
        if (rate.ratePerM2().signum() < 0) {
            problems.add(new FieldProblem<>(FeeField.RATE_PER_M2, "rule.notNegative", plain(rate.ratePerM2())));
        } else if (rate.ratePerM2().stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem<>(FeeField.RATE_PER_M2, "rule.finerThanFen", plain(rate.ratePerM2())));
        } else if (rate.ratePerM2().compareTo(Amount.DECIMAL_19_2_LIMIT) >= 0) {
            problems.add(new FieldProblem<>(FeeField.RATE_PER_M2, "rule.tooLarge", plain(rate.ratePerM2())));
        }
        if (!Amount.isCurrency(rate.currency())) {
            problems.add(new FieldProblem<>(FeeField.CURRENCY, "rule.currency", rate.currency()));
        }
        if (rate.minimumAreaM2() != null) {
            measure(problems, FeeField.MINIMUM_AREA, rate.minimumAreaM2(), false);
        }
        BigDecimal premium = rate.cornerPremiumPercent();
        if (premium.signum() < 0 || premium.compareTo(PREMIUM_LIMIT) > 0 || premium.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem<>(FeeField.CORNER_PREMIUM, "rule.percent", plain(premium)));
        }
        return problems;
    }

    /** Every problem of {@code deposit}: an amount larger than 0 that fits, a note not too long. */
    public static List<FieldProblem<FeeField>> check(Deposit deposit) {
        List<FieldProblem<FeeField>> problems = new ArrayList<>();
        if (deposit.amount().value().signum() == 0) {
            problems.add(new FieldProblem<>(FeeField.DEPOSIT, "rule.positive", plain(deposit.amount().value())));
        } else if (!deposit.amount().fitsDecimal19x2()) {
            problems.add(new FieldProblem<>(FeeField.DEPOSIT, "rule.tooLarge", plain(deposit.amount().value())));
        }
        if (TextRules.isTooLong(deposit.note(), Deposit.NOTE_LENGTH)) {
            problems.add(new FieldProblem<>(FeeField.DEPOSIT_NOTE, "rule.tooLong", TextRules.storedLength(deposit.note()),
                    Deposit.NOTE_LENGTH));
        }
        return problems;
    }

    private static <F extends RecordField> void code(List<FieldProblem<F>> problems, F field, String code, int maxLength) {
        if (code.isBlank()) {
            problems.add(new FieldProblem<>(field, "rule.empty"));
        } else if (TextRules.isTooLong(code, maxLength)) {
            problems.add(new FieldProblem<>(field, "rule.tooLong", TextRules.storedLength(code), maxLength));
        }
    }

    /** A measure in metres or m²: &gt; 0 (or ≥ 0 if {@code zeroAllowed}), two decimals at most, fits DECIMAL(9,2). */
    private static <F extends RecordField> void measure(List<FieldProblem<F>> problems, F field, BigDecimal value,
                                                        boolean zeroAllowed) {
        if (zeroAllowed ? value.signum() < 0 : value.signum() <= 0) {
            problems.add(new FieldProblem<>(field, zeroAllowed ? "rule.notNegative" : "rule.positive", plain(value)));
        } else if (value.stripTrailingZeros().scale() > 2) {
            problems.add(new FieldProblem<>(field, "rule.twoDecimals", plain(value)));
        } else if (value.compareTo(MEASURE_LIMIT) >= 0) {
            problems.add(new FieldProblem<>(field, "rule.tooLarge", plain(value)));
        }
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static List<FieldProblem<ExhibitorField>> add(List<FieldProblem<ExhibitorField>> problems,
                                                          FieldProblem<ExhibitorField> problem) {
        List<FieldProblem<ExhibitorField>> list = problems == null ? new ArrayList<>() : problems;
        list.add(problem);
        return list;
    }
}
