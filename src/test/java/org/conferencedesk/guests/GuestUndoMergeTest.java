package org.conferencedesk.guests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.conferencedesk.storage.AuditAction;
import org.conferencedesk.storage.AuditFilter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Undoing merges in any order takes away exactly what each merge brought (issue 9 §4). */
class GuestUndoMergeTest {

    private static final Instant NINE = GuestServiceFixture.NINE;

    private final GuestServiceFixture fixture = new GuestServiceFixture();
    private final GuestService service = fixture.service;
    private final long eventId = fixture.eventId;

    private Guest li;
    private Guest liOffice;
    private Guest liMobile;

    @BeforeEach
    void addGuests() {
        // #1 has no e-mail; #2 and #3 each bring one, a phone and notes.
        li = service.save(guest("李娜", null, null, null, GuestCategory.OTHER, "素食"));
        liOffice = service.save(guest("李 娜", "office@nj-institute.example", "025-8888-0000", "南京智能制造研究院",
                GuestCategory.EXPERT, "需要翻译"));
        liMobile = service.save(guest("Li Na", "lina@example.com", "13800138000", null, GuestCategory.ACADEMICIAN, "随行一人")
                .withCheckedInAt(NINE));
    }

    @AfterEach
    void closeDatabase() {
        fixture.close();
    }

    private Guest guest(String name, String email, String phone, String organisation, GuestCategory category, String notes) {
        return new Guest(null, eventId, name, null, null, organisation, null, category, null, Attendance.ON_SITE,
                InvitationStatus.NOT_INVITED, null, email, phone, null, notes);
    }

    private Guest stored(Guest g) {
        return service.find(g.id()).orElseThrow();
    }

    @Test
    void undoingTheFirstOfTwoMergesKeepsWhatTheSecondBroughtThenUndoingTheSecondGivesBackAllThree() {
        long first = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        long second = service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.ENGLISH).mergeId();
        Guest both = stored(li);
        assertThat(both.email()).isEqualTo("office@nj-institute.example");
        assertThat(both).usingRecursiveComparison().ignoringFields("version").isEqualTo(GuestMerging.merge(GuestMerging.merge(li, List.of(liOffice), Locale.ENGLISH), List.of(liMobile),
                Locale.ENGLISH));
        assertThat(both.notes()).isEqualTo("素食\n需要翻译\n随行一人\nAlso Name: Li Na\nAlso E-mail: lina@example.com\n"
                + "Also Phone: 13800138000");

        assertThat(service.undoMerge(eventId, first)).isTrue();

        // #2 is back as it was; #1 holds what #3 brought, as if only the second merge had been made.
        assertThat(service.list(eventId)).extracting(Guest::id).containsExactly(li.id(), liOffice.id());
        assertThat(stored(liOffice)).usingRecursiveComparison().ignoringFields("version").isEqualTo(liOffice);
        Guest onlySecond = GuestMerging.merge(li, List.of(liMobile), Locale.ENGLISH);
        assertThat(stored(li)).usingRecursiveComparison().ignoringFields("version").isEqualTo(onlySecond);
        assertThat(stored(li).email()).isEqualTo("lina@example.com");
        assertThat(stored(li).phone()).isEqualTo("13800138000");
        assertThat(stored(li).notes()).isEqualTo("素食\n随行一人\nAlso Name: Li Na");
        assertThat(stored(li).category()).isEqualTo(GuestCategory.ACADEMICIAN);
        assertThat(stored(li).checkedInAt()).isEqualTo(NINE);
        assertThat(service.totals(eventId).total()).isEqualTo(2);

        assertThat(service.undoMerge(eventId, second)).isTrue();

        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(li, liOffice, liMobile);
        assertThat(service.totals(eventId).checkedIn()).isEqualTo(1);
    }

    @Test
    void undoingTheMergesInTheOrderTheyWereMadeGivesBackAllThreeToo() {
        long first = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.SIMPLIFIED_CHINESE).mergeId();
        long second = service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.SIMPLIFIED_CHINESE).mergeId();

        assertThat(service.undoMerge(eventId, second)).isTrue();
        assertThat(stored(li)).usingRecursiveComparison().ignoringFields("version").isEqualTo(GuestMerging.merge(li, List.of(liOffice), Locale.SIMPLIFIED_CHINESE));
        assertThat(service.undoMerge(eventId, first)).isTrue();

        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(li, liOffice, liMobile);
    }

    @Test
    void threeMergesUndoneMiddleFirstThenLastThenFirst() {
        Guest fourth = service.save(guest("LI NA", "li.na@wimc.example", null, "江苏省工业和信息化厅", GuestCategory.MEDIA, null));
        long a = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        long b = service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.SIMPLIFIED_CHINESE).mergeId();
        long c = service.merge(eventId, li.id(), List.of(fourth.id()), Locale.ENGLISH).mergeId();

        service.undoMerge(eventId, b);
        Guest withoutB = GuestMerging.merge(GuestMerging.merge(li, List.of(liOffice), Locale.ENGLISH), List.of(fourth), Locale.ENGLISH);
        assertThat(stored(li)).usingRecursiveComparison().ignoringFields("version").isEqualTo(withoutB);
        service.undoMerge(eventId, c);
        assertThat(stored(li)).usingRecursiveComparison().ignoringFields("version").isEqualTo(GuestMerging.merge(li, List.of(liOffice), Locale.ENGLISH));
        service.undoMerge(eventId, a);

        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(li, liOffice, liMobile, fourth);
    }

    @Test
    void whatChangedOnTheKeptGuestSinceTheMergeStays() {
        long first = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.ENGLISH);
        Instant ten = NINE.plusSeconds(3600);
        Guest edited = stored(li).withCheckedInAt(null);
        service.save(new Guest(edited.id(), eventId, edited.fullName(), edited.otherName(), "研究员", edited.organisation(),
                edited.country(), edited.category(), edited.vipLevel(), edited.attendance(), InvitationStatus.CONFIRMED,
                edited.checkedInAt(), edited.email(), "025-6666-1234", edited.host(), edited.notes() + "\n已安排接机", edited.version()));
        service.checkIn(eventId, li.id(), ten);

        service.undoMerge(eventId, first);

        Guest now = stored(li);
        // Changed since: kept. Brought by #2 and untouched: gone (its e-mail gives way to #3's, its notes leave).
        assertThat(now.title()).isEqualTo("研究员");
        assertThat(now.phone()).isEqualTo("025-6666-1234");
        assertThat(now.invitationStatus()).isEqualTo(InvitationStatus.CONFIRMED);
        assertThat(now.checkedInAt()).isEqualTo(ten);
        assertThat(now.organisation()).isNull();
        assertThat(now.email()).isEqualTo("lina@example.com");
        assertThat(now.category()).isEqualTo(GuestCategory.ACADEMICIAN);
        // The phone typed since stays, so #3's phone, which would otherwise have filled it, stays in the notes.
        assertThat(now.notes()).isEqualTo("素食\n随行一人\nAlso Name: Li Na\nAlso Phone: 13800138000\n已安排接机");
        assertThat(stored(liOffice)).usingRecursiveComparison().ignoringFields("version").isEqualTo(liOffice);
    }

    @Test
    void aFieldChangedSinceKeepsTheLaterGuestsValueInTheNotes() {
        long first = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.ENGLISH);
        Guest now = stored(li);
        service.save(new Guest(now.id(), eventId, now.fullName(), now.otherName(), now.title(), now.organisation(), now.country(),
                now.category(), now.vipLevel(), now.attendance(), now.invitationStatus(), now.checkedInAt(),
                "li.na@nj-institute.example", now.phone(), now.host(), now.notes(), now.version()));

        service.undoMerge(eventId, first);

        // The e-mail typed since stays; #3's e-mail, which would otherwise have filled it, stays in the notes.
        assertThat(stored(li).email()).isEqualTo("li.na@nj-institute.example");
        assertThat(stored(li).notes()).isEqualTo("素食\n随行一人\nAlso Name: Li Na\nAlso E-mail: lina@example.com");
    }

    @Test
    void aMergeIntoAGuestThatWasItselfMergedAwaySinceIsRefusedUntilThatOneIsUndone() {
        long first = service.merge(eventId, liOffice.id(), List.of(liMobile.id()), Locale.ENGLISH).mergeId();
        long second = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        Guest kept = stored(li);

        assertThatThrownBy(() -> service.undoMerge(eventId, first)).isInstanceOfSatisfying(GuestException.class, e -> {
            assertThat(e.sentence(Locale.ENGLISH)).isEqualTo("Guest #" + liOffice.id() + " was itself merged into #" + li.id()
                    + " after this merge (merge " + second + "). Undo merge " + second + " first, then this one.");
            assertThat(e.sentence(Locale.SIMPLIFIED_CHINESE)).isEqualTo("嘉宾 #" + liOffice.id() + " 在这次合并之后又被并入 #" + li.id()
                    + "（合并 " + second + "）。请先撤销合并 " + second + "，再撤销这一次。");
        });
        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(kept);

        assertThat(service.undoMerge(eventId, second)).isTrue();
        assertThat(service.undoMerge(eventId, first)).isTrue();
        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(li, liOffice, liMobile);
    }

    @Test
    void mergedGuestsAreTakenInListOrderWhateverOrderTheyAreNamedIn() {
        GuestService.Merge merge = service.merge(eventId, li.id(), List.of(liMobile.id(), liOffice.id()), Locale.ENGLISH);

        assertThat(merge.mergedIds()).containsExactly(liOffice.id(), liMobile.id());
        assertThat(merge.kept().email()).isEqualTo("office@nj-institute.example");
    }

    @Test
    void aMergeMadeBeforeTheLanguageWasStoredIsUndoneAsExactly() {
        long first = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        long second = service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.ENGLISH).mergeId();
        fixture.database.dsl().execute("UPDATE guest_merge SET notes_locale = NULL");

        service.undoMerge(eventId, first);

        assertThat(stored(li)).usingRecursiveComparison().ignoringFields("version").isEqualTo(GuestMerging.merge(li, List.of(liMobile), Locale.ENGLISH));
        service.undoMerge(eventId, second);
        assertThat(service.list(eventId)).usingRecursiveFieldByFieldElementComparatorIgnoringFields("version").containsExactly(li, liOffice, liMobile);
    }

    @Test
    void eachUndoIsOneUnmergedEntryNamingTheGuestsBack() {
        long first = service.merge(eventId, li.id(), List.of(liOffice.id()), Locale.ENGLISH).mergeId();
        service.merge(eventId, li.id(), List.of(liMobile.id()), Locale.ENGLISH);

        service.undoMerge(eventId, first);

        var entry = fixture.audit.list(eventId, AuditFilter.ALL, 1).get(0);
        assertThat(entry.action()).isEqualTo(AuditAction.UNMERGED);
        assertThat(entry.change("mergedIds").before()).isEqualTo(String.valueOf(liOffice.id()));
        assertThat(entry.change("email").before()).isEqualTo("office@nj-institute.example");
        assertThat(entry.change("email").after()).isEqualTo("lina@example.com");
    }
}
