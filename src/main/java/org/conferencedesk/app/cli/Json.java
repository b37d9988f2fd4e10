package org.conferencedesk.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractTotals;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.events.Event;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestTotals;

/**
 * The JSON the command line prints: camelCase English field names, amounts as strings in yuan
 * with two decimals ({@code "5360000000.00"}, never a JSON number, so no reader rounds them),
 * dates as ISO {@code yyyy-MM-dd} or null.
 */
final class Json {

    /** Key used in JSON for contracts with no sector or district ({@link ContractTotals#UNSPECIFIED}). */
    static final String UNSPECIFIED = "(unspecified)";

    /** Built the first time JSON is written: a command printing text loads none of Jackson (~370 classes, issue 15). */
    private static final class Mapper {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    }

    private Json() {
    }

    static ObjectNode object() {
        return Mapper.MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return Mapper.MAPPER.createArrayNode();
    }

    /** Prints {@code node} indented, followed by a line break. */
    static void print(PrintWriter out, Object node) {
        try {
            out.println(Mapper.MAPPER.writeValueAsString(node));
            out.flush();
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code "1234.50"}: the exact amount, two decimals, no grouping. */
    static String amount(BigDecimal value) {
        return value == null ? null : value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }

    static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    static ObjectNode event(Event event) {
        ObjectNode node = object();
        node.put("id", event.id());
        node.put("name", event.name());
        node.put("shortName", event.shortName());
        node.put("city", event.city());
        node.put("venue", event.venue());
        node.put("startDate", date(event.startDate()));
        node.put("endDate", date(event.endDate()));
        node.put("timeZone", event.timeZone().getId());
        return node;
    }

    static ObjectNode contract(ContractWithRunningTotal row) {
        Contract c = row.contract();
        ObjectNode node = object();
        node.put("id", c.id());
        node.put("signingOrder", c.signingOrder());
        node.put("projectName", c.projectName());
        node.put("investor", c.investor());
        node.put("partner", c.partner());
        node.put("sector", c.sector());
        node.put("district", c.district());
        node.put("amount", amount(c.amount()));
        node.put("currency", c.currency());
        node.put("status", c.status().name().toLowerCase(Locale.ROOT));
        node.put("signedOn", date(c.signedOn()));
        node.put("runningTotal", amount(row.runningTotal()));
        node.put("note", c.note());
        return node;
    }

    static ObjectNode totals(ContractTotals totals) {
        ObjectNode node = object();
        node.set("total", countAndAmount(totals.total()));
        node.set("signed", countAndAmount(totals.signed()));
        node.set("planned", countAndAmount(totals.planned()));
        node.set("bySector", amounts(totals.bySector()));
        node.set("byDistrict", amounts(totals.byDistrict()));
        node.set("otherCurrencies", amounts(totals.otherCurrencies()));
        return node;
    }

    private static ObjectNode countAndAmount(ContractTotals.CountAndAmount value) {
        ObjectNode node = object();
        node.put("count", value.count());
        node.put("amount", amount(value.amount()));
        return node;
    }

    private static ObjectNode amounts(Map<String, BigDecimal> amounts) {
        ObjectNode node = object();
        amounts.forEach((key, value) -> node.put(
                ContractTotals.UNSPECIFIED.equals(key) ? UNSPECIFIED : key, amount(value)));
        return node;
    }

    /**
     * A guest: {@code id} and every {@link GuestField} by its JSON name; choices as enum names
     * ({@code "ACADEMICIAN"}), {@code checkedInAt} ISO-8601 with the event's offset
     * ({@code "2020-11-26T09:30:00+08:00"}) or null, empty text as null.
     */
    static ObjectNode guest(Guest g, java.time.ZoneId zone) {
        ObjectNode node = object();
        node.put("id", g.id());
        for (GuestField field : GuestField.values()) {
            switch (field) {
                case CATEGORY -> node.put(field.jsonName(), g.category().name());
                case ATTENDANCE -> node.put(field.jsonName(), g.attendance().name());
                case INVITATION_STATUS -> node.put(field.jsonName(), g.invitationStatus().name());
                case CHECKED_IN_AT -> node.put(field.jsonName(), g.checkedInAt() == null ? null
                        : java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(g.checkedInAt().atZone(zone)
                                .toOffsetDateTime()));
                default -> node.put(field.jsonName(), g.text(field));
            }
        }
        return node;
    }

    /**
     * One exhibitor of {@code list exhibitors --json} (issue 12's names): id, companyName, otherName,
     * country, sector, mode, hall, booths (array of codes), areaM2, fee and currency (one currency: the
     * plain amount and its code; several: {@code fee} is an object by currency and {@code currency} null),
     * paymentStatus, feeOverride (decimal string) with feeOverrideCurrency and feeOverrideReason,
     * contactPerson, guestId, email, phone, website, notes. Decimals as strings.
     */
    static ObjectNode exhibitor(org.conferencedesk.exhibitors.ListedExhibitor row) {
        org.conferencedesk.exhibitors.Exhibitor e = row.exhibitor();
        ObjectNode node = object();
        node.put("id", e.id());
        node.put("companyName", e.companyName());
        node.put("otherName", e.otherName());
        node.put("country", e.country());
        node.put("sector", e.sector());
        node.put("mode", e.mode().name());
        node.put("hall", row.hall());
        com.fasterxml.jackson.databind.node.ArrayNode booths = node.putArray("booths");
        row.booths().forEach(booths::add);
        node.put("areaM2", row.areaM2() == null ? null : row.areaM2().toPlainString());
        java.util.Map<String, java.math.BigDecimal> fees = row.fee() == null ? java.util.Map.of() : row.fee().sums();
        if (fees.size() == 1) {
            java.util.Map.Entry<String, java.math.BigDecimal> only = fees.entrySet().iterator().next();
            node.put("fee", only.getValue().setScale(2).toPlainString());
            node.put("currency", only.getKey());
        } else if (fees.isEmpty()) {
            node.putNull("fee");
            node.putNull("currency");
        } else {
            ObjectNode byCurrency = node.putObject("fee");
            fees.forEach((currency, value) -> byCurrency.put(currency, value.setScale(2).toPlainString()));
            node.putNull("currency");
        }
        node.put("paymentStatus", e.paymentStatus().name());
        node.put("feeOverride", e.feeOverride() == null ? null : e.feeOverride().value().toPlainString());
        node.put("feeOverrideCurrency", e.feeOverride() == null ? null : e.feeOverride().currency());
        node.put("feeOverrideReason", e.feeOverrideReason());
        node.put("contactPerson", e.contactPerson());
        node.put("guestId", e.contactGuestId());
        node.put("email", e.email());
        node.put("phone", e.phone());
        node.put("website", e.website());
        node.put("notes", e.notes());
        return node;
    }

    /**
     * One row of an awards export: {@code {"category", "nominee", "nomineeKind", "affiliation", "prizeWon"}}
     * (enum names), nulls kept.
     */
    static ObjectNode awardRow(org.conferencedesk.awards.io.AwardRow row) {
        ObjectNode node = object();
        node.put("category", row.categoryZh());
        node.put("nominee", row.nominee());
        node.put("nomineeKind", row.nomineeKind() == null ? null : row.nomineeKind().name());
        node.put("affiliation", row.affiliation());
        node.put("prizeWon", row.prizeWon());
        return node;
    }

    /**
     * The event's award categories in running order (issue 13, {@code list awards --json}): each with
     * nameZh, nameEn, kind, order, tieRule, drawSeed, signedOffBy, signedOffAt (ISO instant, UTC),
     * resultHash (nulls while open), prizes (rank, nameZh, nameEn, places, winners: their names by place)
     * and nominees (id, name, kind, affiliation, guestId, exhibitorId).
     */
    static ArrayNode awards(java.util.List<org.conferencedesk.awards.io.AwardRow> rows, Event event) {
        com.fasterxml.jackson.databind.node.ArrayNode array = array();
        java.util.Set<Long> seen = new java.util.HashSet<>();
        for (org.conferencedesk.awards.io.AwardRow row : rows) {
            org.conferencedesk.awards.AwardCategoryContent content = row.content();
            if (content == null || !seen.add(content.category().id())) {
                continue;
            }
            org.conferencedesk.awards.AwardCategory c = content.category();
            ObjectNode node = object();
            node.put("id", c.id());
            node.put("nameZh", c.nameZh());
            node.put("nameEn", c.nameEn());
            node.put("kind", c.kind().name());
            node.put("order", c.runningOrder());
            node.put("tieRule", c.tieRule().name());
            node.put("drawSeed", c.drawSeed());
            java.util.Optional<org.conferencedesk.awards.SignOff> signOff = content.signOffInForce();
            node.put("signedOffBy", signOff.map(org.conferencedesk.awards.SignOff::memberName).orElse(null));
            node.put("signedOffAt", signOff.map(s -> s.signedAt().toString()).orElse(null));
            node.put("resultHash", signOff.map(org.conferencedesk.awards.SignOff::resultHash).orElse(null));
            com.fasterxml.jackson.databind.node.ArrayNode prizes = node.putArray("prizes");
            for (org.conferencedesk.awards.Prize p : content.prizes()) {
                ObjectNode prize = prizes.addObject();
                prize.put("rank", p.rank());
                prize.put("nameZh", p.nameZh());
                prize.put("nameEn", p.nameEn());
                prize.put("places", p.places());
                com.fasterxml.jackson.databind.node.ArrayNode winners = prize.putArray("winners");
                content.winnersOf(p.id()).stream().sorted(java.util.Comparator.comparingInt(org.conferencedesk.awards.Winner::place))
                        .forEach(w -> winners.add(content.nominee(w.nomineeId()).map(org.conferencedesk.awards.Nominee::name).orElse(null)));
            }
            com.fasterxml.jackson.databind.node.ArrayNode nominees = node.putArray("nominees");
            for (org.conferencedesk.awards.Nominee n : content.nominees()) {
                ObjectNode nominee = nominees.addObject();
                nominee.put("id", n.id());
                nominee.put("name", n.name());
                nominee.put("kind", n.kind().name());
                nominee.put("affiliation", n.affiliation());
                nominee.put("guestId", n.guestId());
                nominee.put("exhibitorId", n.exhibitorId());
            }
            array.add(node);
        }
        return array;
    }

    /** Guest figures: total, byCategory, byAttendance, byInvitationStatus (keyed by enum names), checkedIn. */
    /** {@code {"categories", "places", "winnersRecorded", "signedOff", "open"}}. */
    static ObjectNode awardTotals(org.conferencedesk.awards.AwardTotals totals) {
        ObjectNode node = object();
        node.put("categories", totals.categories());
        node.put("places", totals.places());
        node.put("winnersRecorded", totals.winnersRecorded());
        node.put("signedOff", totals.signedOff());
        node.put("open", totals.open());
        return node;
    }

    static ObjectNode guestTotals(GuestTotals totals) {
        ObjectNode node = object();
        node.put("total", totals.total());
        ObjectNode categories = object();
        totals.byCategory().forEach((category, count) -> categories.put(category.name(), count));
        node.set("byCategory", categories);
        node.set("byAttendance", counts(totals.byAttendance()));
        node.set("byInvitationStatus", counts(totals.byInvitationStatus()));
        node.put("checkedIn", totals.checkedIn());
        return node;
    }

    private static ObjectNode counts(Map<? extends Enum<?>, Integer> counts) {
        ObjectNode node = object();
        counts.forEach((key, value) -> node.put(key.name(), value));
        return node;
    }

    /**
     * The exhibitor figures of {@code totals --json}: counts as numbers, areas (m²), percentages and
     * money as strings; money per payment status and per currency ({@code {"PAID": {"CNY": "24192.00"}}}),
     * never added across currencies.
     */
    static ObjectNode exhibitorTotals(org.conferencedesk.exhibitors.ExhibitorTotals totals) {
        ObjectNode node = object();
        node.put("total", totals.exhibitors());
        node.set("byMode", counts(totals.byMode()));
        ObjectNode sectors = object();
        totals.bySector().forEach((sector, count) -> sectors.put(
                org.conferencedesk.exhibitors.ExhibitorTotals.UNSPECIFIED.equals(sector) ? UNSPECIFIED : sector, count));
        node.set("bySector", sectors);
        ObjectNode halls = object();
        totals.byHall().forEach(halls::put);
        node.set("byHall", halls);
        ArrayNode occupancy = array();
        for (org.conferencedesk.exhibitors.HallOccupancy h : totals.halls()) {
            ObjectNode hall = occupancy.addObject();
            hall.put("hall", h.code());
            hall.put("name", h.name());
            hall.put("booths", h.booths());
            hall.put("booked", h.booked());
            hall.put("free", h.free());
            hall.put("boothAreaM2", h.boothAreaM2().toPlainString());
            hall.put("bookedAreaM2", h.bookedAreaM2().toPlainString());
            hall.put("occupancyPercent", h.occupancyPercent().toPlainString());
        }
        node.set("halls", occupancy);
        node.put("booths", totals.booths());
        node.put("bookedBooths", totals.bookedBooths());
        node.put("freeBooths", totals.freeBooths());
        node.put("boothAreaM2", totals.boothAreaM2().toPlainString());
        node.put("bookedAreaM2", totals.bookedAreaM2().toPlainString());
        node.put("occupancyPercent", totals.occupancyPercent().toPlainString());
        ObjectNode fees = object();
        totals.feesByPaymentStatus().forEach((status, sums) -> fees.set(status.name(), byCurrency(sums)));
        node.set("feesByPaymentStatus", fees);
        node.set("deposits", byCurrency(totals.deposits()));
        node.put("unpricedBooths", totals.unpricedBooths());
        return node;
    }

    private static ObjectNode byCurrency(org.conferencedesk.shared.money.AmountsByCurrency sums) {
        ObjectNode node = object();
        sums.sums().forEach((currency, sum) -> node.put(currency, amount(sum)));
        return node;
    }
}
