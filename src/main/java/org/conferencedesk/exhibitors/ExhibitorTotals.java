package org.conferencedesk.exhibitors;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.conferencedesk.shared.money.AmountsByCurrency;

/**
 * An event's exhibitor figures, the same on screen, on the command line ({@code totals --json},
 * under {@code exhibitors}) and in the report.
 *
 * @param exhibitors number of exhibitors
 * @param byMode exhibitors per exhibition mode (every mode, zero if none)
 * @param bySector exhibitors per sector as written, most first, then by sector; those with none under
 *        {@link #UNSPECIFIED}
 * @param byHall exhibitors holding at least one booth in the hall, by hall code, halls in code order
 *        ({@link Hall#BY_CODE}); an exhibitor with booths in two halls counts in both
 * @param halls each hall's booths, booked and free, and occupancy, in code order
 * @param booths booths in all halls
 * @param bookedBooths booths held on at least one day
 * @param boothAreaM2 the area of all booths, m²
 * @param bookedAreaM2 the area of the booked booths, m²
 * @param occupancyPercent booked area ÷ booth area × 100 over all halls, one decimal
 * @param feesByPaymentStatus the fees due (the override where set, else booths × rates), summed per
 *        currency, by the exhibitors' payment status (every status, empty if none)
 * @param deposits the deposits received, per currency
 * @param unpricedBooths booths held by exhibitors without a fee override whose kind has no rate yet:
 *        their fees are missing from {@code feesByPaymentStatus} until the rate is set
 */
public record ExhibitorTotals(int exhibitors, Map<ExhibitionMode, Integer> byMode, Map<String, Integer> bySector,
                              Map<String, Integer> byHall, List<HallOccupancy> halls, int booths, int bookedBooths,
                              BigDecimal boothAreaM2, BigDecimal bookedAreaM2, BigDecimal occupancyPercent,
                              Map<PaymentStatus, AmountsByCurrency> feesByPaymentStatus, AmountsByCurrency deposits,
                              int unpricedBooths) {

    /** Key of {@link #bySector} for exhibitors with no sector. */
    public static final String UNSPECIFIED = "";

    /** Copies the maps and list (unmodifiable). */
    public ExhibitorTotals {
        byMode = Collections.unmodifiableMap(new EnumMap<>(byMode));
        bySector = Collections.unmodifiableMap(new LinkedHashMap<>(bySector));
        byHall = Collections.unmodifiableMap(new LinkedHashMap<>(byHall));
        halls = List.copyOf(halls);
        feesByPaymentStatus = Collections.unmodifiableMap(new EnumMap<>(feesByPaymentStatus));
    }

    /** Booths held on no day. */
    public int freeBooths() {
        return booths - bookedBooths;
    }

    /**
     * The figures of an event's records, counted in memory.
     *
     * @param exhibitors the event's exhibitors
     * @param halls its halls
     * @param booths its booths
     * @param bookings its bookings
     * @param schedule its fee rates
     * @param deposits its deposits
     */
    public static ExhibitorTotals of(Collection<Exhibitor> exhibitors, Collection<Hall> halls, Collection<Booth> booths,
                                     Collection<Booking> bookings, FeeSchedule schedule, Collection<Deposit> deposits) {
        Map<ExhibitionMode, Integer> byMode = new EnumMap<>(ExhibitionMode.class);
        for (ExhibitionMode mode : ExhibitionMode.values()) {
            byMode.put(mode, 0);
        }
        Map<String, Integer> sectors = new HashMap<>();
        for (Exhibitor e : exhibitors) {
            byMode.merge(e.mode(), 1, Integer::sum);
            String sector = e.sector() == null || e.sector().isBlank() ? UNSPECIFIED : e.sector().strip();
            sectors.merge(sector, 1, Integer::sum);
        }
        Map<String, Integer> bySector = new LinkedHashMap<>();
        sectors.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(en -> bySector.put(en.getKey(), en.getValue()));

        Set<Long> bookedIds = new HashSet<>();
        Map<Long, Set<Long>> holdersByBooth = new HashMap<>();
        for (Booking b : bookings) {
            bookedIds.add(b.boothId());
            holdersByBooth.computeIfAbsent(b.boothId(), id -> new HashSet<>()).add(b.exhibitorId());
        }
        List<Hall> ordered = new ArrayList<>(halls);
        ordered.sort(Hall.BY_CODE);
        Map<String, Integer> byHall = new LinkedHashMap<>();
        List<HallOccupancy> occupancy = new ArrayList<>();
        BigDecimal allArea = BigDecimal.ZERO.setScale(2);
        BigDecimal allBooked = BigDecimal.ZERO.setScale(2);
        int allBooths = 0;
        int allBookedBooths = 0;
        for (Hall hall : ordered) {
            int count = 0;
            int booked = 0;
            BigDecimal area = BigDecimal.ZERO.setScale(2);
            BigDecimal bookedArea = BigDecimal.ZERO.setScale(2);
            Set<Long> holders = new HashSet<>();
            for (Booth booth : booths) {
                if (booth.hallId() != hall.id()) {
                    continue;
                }
                count++;
                area = area.add(booth.areaM2());
                if (bookedIds.contains(booth.id())) {
                    booked++;
                    bookedArea = bookedArea.add(booth.areaM2());
                    holders.addAll(holdersByBooth.get(booth.id()));
                }
            }
            byHall.put(hall.code(), holders.size());
            occupancy.add(new HallOccupancy(hall.id(), hall.code(), hall.name(), count, booked, count - booked, area,
                    bookedArea, HallOccupancy.percent(bookedArea, area)));
            allBooths += count;
            allBookedBooths += booked;
            allArea = allArea.add(area);
            allBooked = allBooked.add(bookedArea);
        }

        Map<PaymentStatus, AmountsByCurrency> fees = new EnumMap<>(PaymentStatus.class);
        for (PaymentStatus status : PaymentStatus.values()) {
            fees.put(status, AmountsByCurrency.NONE);
        }
        AmountsByCurrency received = AmountsByCurrency.NONE;
        int unpriced = 0;
        Map<Long, Exhibitor> byId = new HashMap<>();
        exhibitors.forEach(e -> byId.put(e.id(), e));
        for (ExhibitorFee fee : schedule.feesOf(exhibitors, booths, bookings, deposits).values()) {
            PaymentStatus status = byId.get(fee.exhibitorId()).paymentStatus();
            fees.put(status, fees.get(status).plus(fee.due()));
            received = received.plus(fee.deposits());
            if (fee.override() == null) {
                unpriced += fee.unpriced().size();
            }
        }
        return new ExhibitorTotals(exhibitors.size(), byMode, bySector, byHall, occupancy, allBooths, allBookedBooths,
                allArea, allBooked, HallOccupancy.percent(allBooked, allArea), fees, received, unpriced);
    }
}
