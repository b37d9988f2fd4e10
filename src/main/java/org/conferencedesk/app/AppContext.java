package org.conferencedesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.conferencedesk.contracts.Contract;
import org.conferencedesk.contracts.ContractField;
import org.conferencedesk.awards.AwardLinks;
import org.conferencedesk.awards.AwardRepository;
import org.conferencedesk.awards.AwardService;
import org.conferencedesk.contracts.ContractAudit;
import org.conferencedesk.contracts.ContractRepository;
import org.conferencedesk.contracts.ContractService;
import org.conferencedesk.contracts.ContractWithRunningTotal;
import org.conferencedesk.contracts.io.ContractExportSpec;
import org.conferencedesk.contracts.io.ContractImportSpec;
import org.conferencedesk.events.EventRepository;
import org.conferencedesk.events.EventService;
import org.conferencedesk.guests.Guest;
import org.conferencedesk.guests.GuestAudit;
import org.conferencedesk.guests.GuestField;
import org.conferencedesk.guests.GuestRepository;
import org.conferencedesk.guests.GuestService;
import org.conferencedesk.guests.io.GuestExportSpec;
import org.conferencedesk.guests.io.GuestImportSpec;
import org.conferencedesk.importexport.ExportService;
import org.conferencedesk.importexport.ImportService;
import org.conferencedesk.contracts.ContractReportSection;
import org.conferencedesk.guests.GuestReportSection;
import org.conferencedesk.reports.SummaryReportService;
import org.conferencedesk.storage.BackupService;
import org.conferencedesk.storage.Actor;
import org.conferencedesk.storage.AuditTrail;
import org.conferencedesk.storage.AuditVocabulary;
import org.conferencedesk.storage.Database;
import org.conferencedesk.storage.References;

/**
 * The composition root: builds the database, repositories and services once and hands them over
 * by constructor. The window and the command line both start from here, so they share every rule
 * and every figure. No global singletons.
 */
public final class AppContext implements AutoCloseable {

    private final Database database;
    private final EventService events;
    private final AuditTrail audit;
    private final ContractService contracts;
    private final ImportService<Contract, ContractField> contractImport;
    private final ExportService<ContractWithRunningTotal> contractExport;
    private final SummaryReportService report;
    private final GuestService guests;
    private final ImportService<Guest, GuestField> guestImport;
    private final ExportService<Guest> guestExport;
    private final org.conferencedesk.exhibitors.ExhibitorService exhibitors;
    private final org.conferencedesk.exhibitors.BoothService booths;
    private final ImportService<org.conferencedesk.exhibitors.ListedExhibitor, org.conferencedesk.exhibitors.ExhibitorField> exhibitorImport;
    private final ImportService<org.conferencedesk.exhibitors.ListedBooth, org.conferencedesk.exhibitors.BoothField> boothImport;
    private final ExportService<org.conferencedesk.exhibitors.ListedExhibitor> exhibitorExport;
    private final AwardService awards;
    private final org.conferencedesk.shared.record.RelatedRecords.Registry related =
            new org.conferencedesk.shared.record.RelatedRecords.Registry();
    private final org.conferencedesk.awards.io.AwardDocuments awardDocuments;
    private final org.conferencedesk.exhibitors.io.HallPlanPdf hallPlanPdf;
    private final ImportService<org.conferencedesk.awards.io.AwardRow, org.conferencedesk.awards.io.AwardColumn> awardImport;
    private final ExportService<org.conferencedesk.awards.io.AwardRow> awardExport;
    private final org.conferencedesk.contracts.SigningSessionService signingSessions;
    private final org.conferencedesk.dashboard.DashboardService dashboard;
    private final BackupService backups;
    /** False for a context built over a database that someone else closes ({@link #borrowing}). */
    private boolean ownsDatabase = true;

    /**
     * Builds everything over an open database for the window: changes are audited as made by the
     * operating-system user. Closing the context closes the database.
     */
    public AppContext(Database database) {
        this(database, Actor.osUser());
    }

    /**
     * Builds everything over an open database; every change is audited as made by {@code actor}
     * (the window: {@link Actor#osUser()}; the command line: {@link Actor#commandLine()}).
     */
    public AppContext(Database database, Actor actor) {
        this.database = database;
        // On a shared database the audit trail names the database login (current_user), as the server does.
        this.audit = new AuditTrail(database, Actor.databaseUser(database, actor));
        // What features hold of each other's records: asked before a guest, exhibitor or event is deleted.
        References references = new References();
        this.events = new EventService(database, new EventRepository(database.dsl()), references);
        this.contracts = new ContractService(database, new ContractRepository(database.dsl()), audit);
        this.contractImport = new ImportService<>(new ContractImportSpec(contracts));
        this.contractExport = new ExportService<>(new ContractExportSpec(contracts));
        this.guests = new GuestService(database, new GuestRepository(database.dsl()), audit, Clock.systemUTC(), references);
        var exhibitorRepository = new org.conferencedesk.exhibitors.ExhibitorRepository(database.dsl());
        var boothRepository = new org.conferencedesk.exhibitors.BoothRepository(database.dsl());
        this.exhibitors = new org.conferencedesk.exhibitors.ExhibitorService(database, exhibitorRepository, boothRepository,
                guests, audit, references);
        this.booths = new org.conferencedesk.exhibitors.BoothService(database, boothRepository, exhibitorRepository, events,
                audit, Clock.systemUTC(), exhibitors);
        this.exhibitorImport = new ImportService<>(new org.conferencedesk.exhibitors.io.ExhibitorImportSpec(exhibitors, booths, events));
        this.boothImport = new ImportService<>(new org.conferencedesk.exhibitors.io.BoothImportSpec(booths, exhibitors, events));
        this.exhibitorExport = new ExportService<>(new org.conferencedesk.exhibitors.io.ExhibitorExportSpec(exhibitors));
        this.guestImport = new ImportService<>(new GuestImportSpec(guests, events));
        this.guestExport = new ExportService<>(new GuestExportSpec(guests, events));
        this.awards = new AwardService(database, new AwardRepository(database.dsl()), audit, AwardLinks.of(guests, exhibitors));
        awards.registerReferences(references);
        // What each feature holds of another's records, for the forms' linked records (decision 0027).
        related.add(new org.conferencedesk.exhibitors.ExhibitorRelated(exhibitors))
                .add(new org.conferencedesk.awards.AwardRelated(awards));
        this.awardDocuments = new org.conferencedesk.awards.io.AwardDocuments(events, awards);
        this.hallPlanPdf = new org.conferencedesk.exhibitors.io.HallPlanPdf(events, booths, Clock.systemUTC());
        this.awardImport = new ImportService<>(new org.conferencedesk.awards.io.AwardImportSpec(awards));
        this.awardExport = new ExportService<>(new org.conferencedesk.awards.io.AwardExportSpec(awards, events));
        this.signingSessions = new org.conferencedesk.contracts.SigningSessionService(database,
                new org.conferencedesk.contracts.SigningSessionRepository(database.dsl()), audit);
        this.dashboard = new org.conferencedesk.dashboard.DashboardService(database,
                new org.conferencedesk.dashboard.DashboardRepository(database.dsl()), events,
                new org.conferencedesk.dashboard.FigureSources(guests, exhibitors, booths, awards, contracts, signingSessions),
                audit, Clock.systemUTC());
        // The summary report's sections, in order: one line per feature that reports.
        this.report = new SummaryReportService(events, List.of(
                new org.conferencedesk.dashboard.DashboardReportSection(dashboard, events),
                new ContractReportSection(contracts, signingSessions),
                new GuestReportSection(guests),
                new org.conferencedesk.exhibitors.ExhibitorReportSection(exhibitors),
                new org.conferencedesk.awards.io.AwardReportSection(awards)), Clock.systemUTC());
        this.backups = database.file().map(BackupService::of).orElse(null);
    }

    /**
     * Opens (creating and migrating if needed) the database file and builds the context over it for the window.
     *
     * @throws org.conferencedesk.storage.DatabaseInUseException if another window or command has it open
     * @throws org.conferencedesk.storage.DatabaseUnusableException if it is damaged or from a newer version (left unchanged)
     */
    public static AppContext openFile(Path databaseFile) {
        return new AppContext(Database.openFile(databaseFile));
    }

    /**
     * Opens the database file, encrypted or not, and builds the context over it for the window.
     *
     * @param filePassword the file password, or null if it is not encrypted
     * @throws org.conferencedesk.storage.PasswordRequiredException if it is encrypted and no password is given
     * @throws org.conferencedesk.storage.WrongPasswordException if the password is not right
     */
    public static AppContext openFile(Path databaseFile, char[] filePassword) {
        return new AppContext(Database.openFile(databaseFile, filePassword));
    }

    /** Opens the database file and builds the context over it, auditing changes as made by {@code actor}. */
    public static AppContext openFile(Path databaseFile, Actor actor) {
        return new AppContext(Database.openFile(databaseFile), actor);
    }

    /**
     * Opens the database file, encrypted or not, and builds the context over it, auditing changes as made by {@code actor}.
     *
     * @param filePassword the file password, or null if it is not encrypted
     * @throws org.conferencedesk.storage.PasswordRequiredException if it is encrypted and no password is given
     * @throws org.conferencedesk.storage.WrongPasswordException if the password is not right
     */
    public static AppContext openFile(Path databaseFile, Actor actor, char[] filePassword) {
        return new AppContext(Database.openFile(databaseFile, filePassword), actor);
    }

    /**
     * Builds everything over a database that stays open after this context is closed: a command the
     * window runs for the command line ({@code conferencedesk totals} while the window is open) reads
     * the window's database this way.
     */
    public static AppContext borrowing(Database database, Actor actor) {
        AppContext context = new AppContext(database, actor);
        context.ownsDatabase = false;
        return context;
    }

    /**
     * On a shared PostgreSQL database: from now on, what other programs commit reaches this
     * context's change feeds, hence every live screen ({@link LiveUpdates}); the window calls it once
     * open. Nothing on an H2 file. Stopped when the database closes.
     *
     * @return this context
     */
    public AppContext followLiveChanges() {
        LiveUpdates.follow(this);
        return this;
    }

    /** The database, for services that need transactions. */
    public Database database() {
        return database;
    }

    /** Events (conference editions). */
    public EventService events() {
        return events;
    }

    /** The audit trail every feature records its changes in, and the window and command line show. */
    public AuditTrail audit() {
        return audit;
    }

    /** How each record type reads in the audit trail: one line per feature. */
    public List<AuditVocabulary> auditWords() {
        return List.of(ContractAudit.WORDS, GuestAudit.WORDS);
    }

    /** The signing-ceremony ledger. */
    public ContractService contracts() {
        return contracts;
    }

    /** Imports contracts from CSV and XLSX, all or nothing. */
    public ImportService<Contract, ContractField> contractImport() {
        return contractImport;
    }

    /** Exports contracts to CSV and XLSX. */
    public ExportService<ContractWithRunningTotal> contractExport() {
        return contractExport;
    }

    /** What features hold of each other's records (an exhibitor's contact guest, a guest's nominations). */
    public org.conferencedesk.shared.record.RelatedRecords related() {
        return related;
    }

    /** The guest list: invitations, check-in, duplicates. */
    public GuestService guests() {
        return guests;
    }

    /** Exhibitors, their contacts, payment, deposits, fee rates, fees and figures. */
    public org.conferencedesk.exhibitors.ExhibitorService exhibitors() {
        return exhibitors;
    }

    /** Halls, booths, bookings and the hall plan. */
    public org.conferencedesk.exhibitors.BoothService booths() {
        return booths;
    }

    /** Exhibitor import from CSV and XLSX (with the booths they hold). */
    public ImportService<org.conferencedesk.exhibitors.ListedExhibitor, org.conferencedesk.exhibitors.ExhibitorField> exhibitorImport() {
        return exhibitorImport;
    }

    /** Booth import (halls, booths, places, holders) from CSV and XLSX. */
    public ImportService<org.conferencedesk.exhibitors.ListedBooth, org.conferencedesk.exhibitors.BoothField> boothImport() {
        return boothImport;
    }

    /** Exhibitor export to CSV and XLSX. */
    public ExportService<org.conferencedesk.exhibitors.ListedExhibitor> exhibitorExport() {
        return exhibitorExport;
    }

    /** Guest import from CSV and XLSX. */
    public ImportService<Guest, GuestField> guestImport() {
        return guestImport;
    }

    /** Guest export to CSV and XLSX. */
    public ExportService<Guest> guestExport() {
        return guestExport;
    }

    /** The awards: categories, committees, nominees, scores, winners, sign-off. */
    public AwardService awards() {
        return awards;
    }

    /** Award categories, committees, nominees, scores and winners from CSV/XLSX (one row per nominee). */
    public ImportService<org.conferencedesk.awards.io.AwardRow, org.conferencedesk.awards.io.AwardColumn> awardImport() {
        return awardImport;
    }

    /** The awards to CSV/XLSX, one row per nominee in running order. */
    public ExportService<org.conferencedesk.awards.io.AwardRow> awardExport() {
        return awardExport;
    }

    /** The hall plans as PDF (one page per hall, to scale), for the window's plan tab and {@code plan}. */
    public org.conferencedesk.exhibitors.io.HallPlanPdf hallPlanPdf() {
        return hallPlanPdf;
    }

    /** The awards' PDFs: the ceremony's running order and the winners' certificates. */
    public org.conferencedesk.awards.io.AwardDocuments awardDocuments() {
        return awardDocuments;
    }

    /** Signing sessions (closing ceremony, sub-forums, pre-event conferences), contracts' sessions and investor origin. */
    public org.conferencedesk.contracts.SigningSessionService signingSessions() {
        return signingSessions;
    }

    /** The event's headline figures, announced figures and snapshots for the press. */
    public org.conferencedesk.dashboard.DashboardService dashboard() {
        return dashboard;
    }

    /** The PDF summary report. */
    public SummaryReportService report() {
        return report;
    }

    /**
     * Backups of this database (in {@code backups} beside the file).
     *
     * @throws IllegalStateException for an in-memory database
     * @throws org.conferencedesk.storage.StorageException for a shared PostgreSQL database (its server backs it up)
     */
    public BackupService backups() {
        if (backups == null && database.onServer()) {
            throw org.conferencedesk.storage.StorageException.backupsOnServer(database.description());
        }
        if (backups == null) {
            throw new IllegalStateException("An in-memory database has no backups");
        }
        return backups;
    }

    /**
     * Takes a rotating backup of the open database now (on start, on close, before an import).
     *
     * @return the backup written
     * @throws org.conferencedesk.storage.StorageException if it cannot be written
     */
    public Path backupNow() {
        return backups().backupNow(database);
    }

    /** Closes the database, unless it was {@linkplain #borrowing borrowed}. */
    @Override
    public void close() {
        if (ownsDatabase) {
            database.close();
        }
    }
}
