package org.conferencedesk.bench;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.conferencedesk.events.Event;
import org.conferencedesk.exhibitors.Booth;
import org.conferencedesk.exhibitors.ExhibitionMode;
import org.conferencedesk.exhibitors.Exhibitor;
import org.conferencedesk.exhibitors.ExhibitorFixture;
import org.conferencedesk.exhibitors.HallPlan;
import org.conferencedesk.exhibitors.HallPlanSamples;
import org.conferencedesk.exhibitors.PaymentStatus;
import org.conferencedesk.exhibitors.io.HallPlanPdf;
import org.conferencedesk.exhibitors.ui.HallPlanView;
import org.conferencedesk.exhibitors.ui.HallPlanViewModel;
import org.conferencedesk.exhibitors.ui.PlanPdfViewModel;
import org.conferencedesk.shared.RecordingDialogs;
import org.conferencedesk.shared.ui.FxTaskExecutor;

/**
 * The hall plan of a hall of 500 booths (HallPlanSamples.grid: 3 m × 3 m standard booths in rows of
 * twenty, half of them booked by 250 exhibitors for the whole event), drawn in the real view
 * (HallPlanView in a 1366 × 768 window with the AtlantaFX theme, the window's executor), then redrawn
 * after each of N bookings made through BoothService on another thread, as a second desk would.
 *
 * <p>Per frame it reports, on the FX thread: {@code plan → laid out}, from the plan read (the view
 * model's plan property set) to the end of the next pulse's layout (nodes, CSS, layout); and
 * {@code render}, one snapshot of the scene (the renderer drawing every booth). Per booking also
 * {@code booking → plan}, from the write's commit to the plan read again in the background and handed
 * to the FX thread. Needs a display (xvfb-run). Arguments: bookings (default 20). Command and results
 * in docs/BENCHMARKS.md.
 */
public final class HallPlanDrawBenchmark {

    private HallPlanDrawBenchmark() {
    }

    /** {@code [bookings]}. */
    public static void main(String[] args) throws Exception {
        int bookings = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        ExhibitorFixture f = new ExhibitorFixture();
        List<Exhibitor> exhibitors = new ArrayList<>();
        for (int i = 0; i < 250 + bookings; i++) {
            exhibitors.add(f.service.save(new Exhibitor(null, f.eventId, String.format("展商%04d智能科技有限公司", i), null,
                    null, null, ExhibitionMode.ON_SITE, null, null, null, null, null, null,
                    i % 3 == 0 ? PaymentStatus.PAID : PaymentStatus.INVOICED, null, null)));
        }
        HallPlanSamples.grid(f, "9", 500);
        List<Booth> booths = f.booths.booths(f.eventId);
        for (int i = 0; i < 500; i += 2) {
            f.booths.bookForEvent(f.eventId, booths.get(i).id(), exhibitors.get(i / 2).id());
        }
        Event event = f.events.find(f.eventId).orElseThrow();

        Platform.startup(() -> { });
        Stage[] stage = new Stage[1];
        HallPlanViewModel[] model = new HallPlanViewModel[1];
        AtomicLong planAt = new AtomicLong();
        long[] laidOut = new long[2];
        CountDownLatch[] frame = {new CountDownLatch(1)};
        fx(() -> {
            javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
            FxTaskExecutor executor = new FxTaskExecutor();
            RecordingDialogs dialogs = new RecordingDialogs();
            model[0] = new HallPlanViewModel(f.booths, f.service, executor, dialogs, Locale.SIMPLIFIED_CHINESE);
            PlanPdfViewModel pdf = new PlanPdfViewModel(new HallPlanPdf(f.events, f.booths, Clock.systemUTC()), executor,
                    dialogs, Locale.SIMPLIFIED_CHINESE);
            Parent view = HallPlanView.load(model[0], pdf, () -> stage[0]);
            stage[0] = new Stage();
            Scene scene = new Scene(view, 1366, 768);
            scene.addPostLayoutPulseListener(() -> {
                if (planAt.get() != 0) {
                    laidOut[0] = System.nanoTime() - planAt.getAndSet(0);
                    frame[0].countDown();
                }
            });
            stage[0].setScene(scene);
            stage[0].show();
            model[0].planProperty().addListener((o, was, now) -> {
                long now2 = System.nanoTime();
                planAt.set(now2);
                laidOut[1] = now2;
                Platform.requestNextPulse();
            });
            model[0].attach();
            model[0].eventProperty().set(event);
        });
        long[] firstFrame = measureFrame(frame, laidOut, stage, model, 500);
        System.out.printf("first draw (500 booths, 250 booked): plan → laid out %.1f ms, render %.1f ms%n",
                firstFrame[0] / 1e6, firstFrame[1] / 1e6);

        long[] layout = new long[bookings];
        long[] render = new long[bookings];
        long[] toPlan = new long[bookings];
        for (int i = 0; i < bookings; i++) {
            frame[0] = new CountDownLatch(1);
            Booth free = booths.get(1 + 2 * i);
            long committed = bookAndTime(f, free, exhibitors.get(250 + i));
            long[] r = measureFrame(frame, laidOut, stage, model, 500);
            toPlan[i] = r[2] - committed;
            layout[i] = r[0];
            render[i] = r[1];
        }
        System.out.printf("after a booking, median of %d: booking → plan %.1f ms, plan → laid out %.1f ms, render %.1f ms%n",
                bookings, median(toPlan) / 1e6, median(layout) / 1e6, median(render) / 1e6);
        System.out.printf("                  slowest: booking → plan %.1f ms, plan → laid out %.1f ms, render %.1f ms%n",
                max(toPlan) / 1e6, max(layout) / 1e6, max(render) / 1e6);
        fx(() -> {
            model[0].detach();
            stage[0].close();
        });
        f.close();
        Platform.exit();
        System.exit(0);
    }

    /** Books on this thread (another desk) and returns the time of the commit. */
    private static long bookAndTime(ExhibitorFixture f, Booth booth, Exhibitor holder) {
        f.booths.bookForEvent(f.eventId, booth.id(), holder.id());
        return System.nanoTime();
    }

    /**
     * Waits for the next plan to be laid out, then renders one snapshot on the FX thread.
     *
     * @return {layout ns, render ns, time the plan was handed to the FX thread}
     */
    private static long[] measureFrame(CountDownLatch[] frame, long[] laidOut, Stage[] stage, HallPlanViewModel[] model,
                                       int booths) throws Exception {
        if (!frame[0].await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException("the plan was not drawn within 60 s");
        }
        long layout = laidOut[0];
        long planHandedOver = laidOut[1];
        long[] rendered = new long[1];
        fx(() -> {
            long t = System.nanoTime();
            stage[0].getScene().snapshot(null);
            rendered[0] = System.nanoTime() - t;
            HallPlan plan = model[0].planProperty().get();
            if (plan == null || plan.booths().size() != booths) {
                throw new IllegalStateException("expected " + booths + " booths on the plan");
            }
        });
        return new long[] {layout, rendered[0], planHandedOver};
    }

    private static void fx(Runnable action) throws InterruptedException {
        CountDownLatch done = new CountDownLatch(1);
        Throwable[] failed = new Throwable[1];
        Platform.runLater(() -> {
            try {
                action.run();
            } catch (Throwable t) {
                failed[0] = t;
            } finally {
                done.countDown();
            }
        });
        done.await(60, TimeUnit.SECONDS);
        if (failed[0] != null) {
            throw new IllegalStateException(failed[0]);
        }
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long max(long[] values) {
        return Arrays.stream(values).max().orElse(0);
    }
}
