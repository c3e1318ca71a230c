package org.dossier.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How long each stage of one build took (wall clock), in the order they ran: what {@code dossier build --timings}
 * prints, to see where a build spends its time. One per build; not shared between threads.
 */
public final class Timings {

    /** One stage: its name and how long it took, in milliseconds. */
    public record Stage(String name, double millis) {
    }

    private final List<Stage> stages = new ArrayList<>();
    private long last = System.nanoTime();

    /** Ends the stage running since the previous mark (or since this object was made) and names it. */
    public void mark(String stage) {
        long now = System.nanoTime();
        stages.add(new Stage(stage, (now - last) / 1e6));
        last = now;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    /** "load 412 ms · render 1,530 ms · …" */
    public static String format(List<Stage> stages) {
        StringBuilder sb = new StringBuilder();
        for (Stage s : stages) {
            sb.append(sb.length() == 0 ? "" : " · ").append(s.name()).append(' ')
                    .append(String.format(Locale.ROOT, "%,.0f ms", s.millis()));
        }
        return sb.toString();
    }
}
