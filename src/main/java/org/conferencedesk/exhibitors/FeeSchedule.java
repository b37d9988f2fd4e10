package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.conferencedesk.shared.money.Amount;
import org.conferencedesk.shared.money.AmountsByCurrency;

/**
 * An event's booth fee rates, one per {@link BoothKind} (a kind may have none yet), and the fees they
 * give. Pure and immutable: no database.
 *
 * <p>The fee of a booth ({@link #priceOf}): the area charged is the booth's area, or the rate's
 * minimum area if that is larger; the base is area charged × rate per m²; a corner booth adds the
 * corner premium, base × percentage ÷ 100; the booth's fee is base + premium, in the rate's
 * currency. A booth is charged once for the whole event, whichever of its days are held.
 *
 * <p>Rounding: the base and the premium are each rounded once, to the fen (0.01), half up (a half fen
 * goes up), the way an invoice (发票) shows them as two lines whose sum is the fee; nothing is
 * rounded before. This is the rule Chinese banks and invoices apply to amounts in yuan, "分以下四舍五入"
 * (e.g. the People's Bank of China's 《人民币利率管理规定》, 银发〔1999〕77号: interest "算至分位，分以下
 * 尾数四舍五入"). Areas and rates have at most two decimals, so the base before rounding is exact
 * (four decimals); so is the premium (eight decimals at most).
 *
 * @param rates kind → rate; a kind missing has no rate yet (its booths cannot be priced)
 */
public record FeeSchedule(Map<BoothKind, BoothRate> rates) {

    /** No rates at all. */
    public static final FeeSchedule NONE = new FeeSchedule(Map.of());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** Copies the rates (unmodifiable). */
    public FeeSchedule {
        EnumMap<BoothKind, BoothRate> copy = new EnumMap<>(BoothKind.class);
        copy.putAll(rates);
        rates = Collections.unmodifiableMap(copy);
    }

    /** A schedule of these rates (the last one of a kind wins). */
    public static FeeSchedule of(Collection<BoothRate> rates) {
        EnumMap<BoothKind, BoothRate> map = new EnumMap<>(BoothKind.class);
        rates.forEach(r -> map.put(r.kind(), r));
        return new FeeSchedule(map);
    }

    /** The rate for {@code kind}, if the event has one. */
    public Optional<BoothRate> rate(BoothKind kind) {
        return Optional.ofNullable(rates.get(kind));
    }

    /**
     * The fee of {@code booth} at the event's rate for its kind (see the class comment for the rule
     * and its rounding).
     *
     * @return the fee line by line, or empty if the event has no rate for the booth's kind
     */
    public Optional<BoothFee> priceOf(Booth booth) {
        BoothRate rate = rates.get(booth.kind());
        if (rate == null) {
            return Optional.empty();
        }
        BigDecimal charged = rate.minimumAreaM2() != null && booth.areaM2().compareTo(rate.minimumAreaM2()) < 0
                ? rate.minimumAreaM2() : booth.areaM2();
        BigDecimal base = charged.multiply(rate.ratePerM2()).setScale(2, RoundingMode.HALF_UP);
        BigDecimal premium = booth.corner()
                ? base.multiply(rate.cornerPremiumPercent()).divide(HUNDRED).setScale(2, RoundingMode.HALF_UP)
                : BigDecimal.ZERO.setScale(2);
        return Optional.of(new BoothFee(booth, charged, rate, new Amount(base, rate.currency()),
                new Amount(premium, rate.currency()), new Amount(base.add(premium), rate.currency())));
    }

    /**
     * An exhibitor's fee: each booth it holds on at least one day ({@code heldBooths}, each once)
     * priced at these rates and summed per currency; its override, if set, instead; its deposits.
     *
     * @param exhibitor the exhibitor (its id, fee override and reason are read)
     * @param heldBooths the booths it holds, each once
     * @param deposits its deposits
     */
    public ExhibitorFee feeOf(Exhibitor exhibitor, Collection<Booth> heldBooths, Collection<Deposit> deposits) {
        List<BoothFee> lines = new ArrayList<>();
        List<Booth> unpriced = new ArrayList<>();
        AmountsByCurrency computed = AmountsByCurrency.NONE;
        for (Booth booth : heldBooths) {
            Optional<BoothFee> fee = priceOf(booth);
            if (fee.isPresent()) {
                lines.add(fee.get());
                computed = computed.plus(fee.get().total());
            } else {
                unpriced.add(booth);
            }
        }
        AmountsByCurrency paid = AmountsByCurrency.NONE;
        for (Deposit d : deposits) {
            paid = paid.plus(d.amount());
        }
        return new ExhibitorFee(exhibitor.id(), lines, unpriced, computed, exhibitor.feeOverride(),
                exhibitor.feeOverrideReason(), paid);
    }

    /**
     * The fee of every exhibitor ({@link #feeOf}), from the event's booths, bookings and deposits.
     *
     * @return exhibitor id → fee, in the order of {@code exhibitors}
     */
    public Map<Long, ExhibitorFee> feesOf(Collection<Exhibitor> exhibitors, Collection<Booth> booths,
                                         Collection<Booking> bookings, Collection<Deposit> deposits) {
        Map<Long, Booth> boothById = new java.util.HashMap<>();
        booths.forEach(b -> boothById.put(b.id(), b));
        Map<Long, java.util.LinkedHashSet<Booth>> held = new java.util.HashMap<>();
        for (Booking booking : bookings) {
            Booth booth = boothById.get(booking.boothId());
            if (booth != null) {
                held.computeIfAbsent(booking.exhibitorId(), id -> new java.util.LinkedHashSet<>()).add(booth);
            }
        }
        Map<Long, List<Deposit>> paid = new java.util.HashMap<>();
        deposits.forEach(d -> paid.computeIfAbsent(d.exhibitorId(), id -> new ArrayList<>()).add(d));
        Map<Long, ExhibitorFee> fees = new java.util.LinkedHashMap<>();
        for (Exhibitor e : exhibitors) {
            fees.put(e.id(), feeOf(e, held.getOrDefault(e.id(), new java.util.LinkedHashSet<>()),
                    paid.getOrDefault(e.id(), List.of())));
        }
        return fees;
    }
}
