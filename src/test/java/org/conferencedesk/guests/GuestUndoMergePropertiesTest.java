package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.shared.property.Gen;
import org.conferencedesk.shared.property.Gens;
import org.conferencedesk.shared.property.Property;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Any merges into one guest, undone in any order, give back exactly what merging only the others would have given. */
class GuestUndoMergePropertiesTest {

    private static final Instant NINE = GuestServiceFixture.NINE;

    private final GuestServiceFixture fixture = new GuestServiceFixture();
    private final GuestService service = fixture.service;

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    /**
     * A guest of few values, so that merged guests often agree, clash, or fill each other's gaps:
     * names that fold alike or not, e-mails and phones written differently, notes sharing lines.
     */
    private static Gen<Guest> guests() {
        Gen<String> name = Gens.of("李娜", "李 娜", "Li Na", "LI NA");
        Gen<String> email = Gens.of(null, null, "lina@example.com", "LiNa@Example.com", "office@nj-institute.example");
        Gen<String> phone = Gens.of(null, null, "13800138000", "+86 138 0013 8000", "025-8888-0000");
        Gen<String> organisation = Gens.of(null, null, "南京智能制造研究院", "Acme Robotics");
        Gen<GuestCategory> category = Gens.of(GuestCategory.OTHER, GuestCategory.OTHER, GuestCategory.EXPERT, GuestCategory.MEDIA);
        Gen<InvitationStatus> status = Gens.of(InvitationStatus.NOT_INVITED, InvitationStatus.INVITED, InvitationStatus.CONFIRMED);
        Gen<Instant> checkedIn = Gens.of(null, null, NINE, NINE.plusSeconds(60));
        Gen<String> notes = Gens.of(null, "素食", "需要翻译", "素食\n需要翻译", "素食");
        return Gen.of(r -> new Guest(null, 0, name.next(r), null, null, organisation.next(r), null, category.next(r), null,
                Attendance.ON_SITE, status.next(r), checkedIn.next(r), email.next(r), phone.next(r), null, notes.next(r)));
    }

    /**
     * A case: the kept guest, the others, which merge (0-2) each other goes into, the language of
     * each merge, the order the merges are undone in (a permutation of the merges made), and whether
     * the kept guest is edited after the merges.
     */
    record Case(Guest kept, List<Guest> others, List<Integer> mergeOf, List<Boolean> chinese, List<Integer> undoOrder,
                boolean edited) {
    }

    private static Gen<Case> cases() {
        Gen<Guest> guest = guests();
        Gen<List<Guest>> others = Gens.lists(guest, 1, 5);
        Gen<Integer> mergeIndex = Gens.integers(0, 2);
        Gen<Boolean> chinese = Gens.of(true, false);
        Gen<Boolean> edited = Gens.of(true, false, false);
        return Gen.of(r -> {
            List<Guest> o = others.next(r);
            List<Integer> mergeOf = new ArrayList<>();
            for (int i = 0; i < o.size(); i++) {
                mergeOf.add(mergeIndex.next(r));
            }
            List<Integer> order = new ArrayList<>(List.of(0, 1, 2));
            for (int i = order.size() - 1; i > 0; i--) {
                java.util.Collections.swap(order, i, r.nextInt(i + 1));
            }
            return new Case(guest.next(r), o, mergeOf, List.of(chinese.next(r), chinese.next(r), chinese.next(r)), order,
                    edited.next(r));
        });
    }

    @Test
    void undoingMergesInAnyOrderLeavesWhatMergingOnlyTheOthersGives() {
        Property.check(100, cases(), this::undoInOrder);
    }

    private void undoInOrder(Case c) {
        long eventId = fixture.newEvent();
        Guest kept = service.save(c.kept().withEventId(eventId));
        List<Guest> others = new ArrayList<>();
        for (Guest g : c.others()) {
            others.add(service.save(g.withEventId(eventId)));
        }
        // The merges that have guests, in the order made: their guests (in list order) and language.
        List<List<Guest>> groups = new ArrayList<>();
        List<Locale> locales = new ArrayList<>();
        List<Long> mergeIds = new ArrayList<>();
        for (int m = 0; m < 3; m++) {
            List<Guest> group = new ArrayList<>();
            for (int i = 0; i < others.size(); i++) {
                if (c.mergeOf().get(i) == m) {
                    group.add(others.get(i));
                }
            }
            if (group.isEmpty()) {
                continue;
            }
            Locale locale = c.chinese().get(m) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
            mergeIds.add(service.merge(eventId, kept.id(), group.stream().map(Guest::id).toList(), locale).mergeId());
            groups.add(group);
            locales.add(locale);
        }
        Guest edit = null;
        if (c.edited()) {
            Guest now = service.find(kept.id()).orElseThrow();
            edit = new Guest(now.id(), eventId, now.fullName(), now.otherName(), "研究员", now.organisation(), now.country(),
                    now.category(), now.vipLevel(), now.attendance(), now.invitationStatus(), now.checkedInAt(), now.email(),
                    now.phone(), now.host(), now.notes() == null ? "已安排接机" : now.notes() + "\n已安排接机", now.version());
            service.save(edit);
        }
        List<Integer> open = new ArrayList<>();
        for (int i = 0; i < mergeIds.size(); i++) {
            open.add(i);
        }
        for (int step : c.undoOrder()) {
            if (step >= mergeIds.size()) {
                continue;
            }
            assertThat(service.undoMerge(eventId, mergeIds.get(step))).isTrue();
            open.remove(Integer.valueOf(step));
            if (!c.edited()) {
                Guest expected = kept;
                for (int i : open) {
                    expected = GuestMerging.merge(expected, groups.get(i), locales.get(i));
                }
                assertThat(service.find(kept.id()).orElseThrow()).as("after undoing merge %d of %s", step, mergeIds).usingRecursiveComparison().ignoringFields("version").isEqualTo(expected);
            }
        }
        Guest end = service.find(kept.id()).orElseThrow();
        if (c.edited()) {
            assertThat(end.title()).isEqualTo("研究员");
            assertThat(end.notes()).isEqualTo(kept.notes() == null ? "已安排接机" : kept.notes() + "\n已安排接机");
            assertThat(new Guest(end.id(), eventId, end.fullName(), null, null, end.organisation(), null, end.category(), null,
                    end.attendance(), end.invitationStatus(), end.checkedInAt(), end.email(), end.phone(), null, kept.notes()))
                    .usingRecursiveComparison().ignoringFields("version").isEqualTo(kept);
        } else {
            assertThat(end).usingRecursiveComparison().ignoringFields("version").isEqualTo(kept);
        }
        List<Guest> all = new ArrayList<>(List.of(end));
        all.addAll(others);
        assertThat(service.list(eventId)).as("every merged guest back, unchanged").usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactlyElementsOf(all);
    }
}
