package org.ressin.core.pipeline;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

import org.ressin.core.eda.Recording;
import org.ressin.core.pmemo.PmemoDataset;

/**
 * Runs a per-recording step over a PMEmo folder song by song: the recordings of one song in parallel, results
 * handed on in the folder's order on the calling thread. Memory holds one song's samples at a time; progress is
 * reported and cancellation polled after each song.
 */
public final class SongWalk {

    private SongWalk() { }

    /**
     * @param step    runs on a pool thread per recording
     * @param collect receives the step's results, song by song in column order, on the calling thread
     * @throws CancellationException when the listener cancels (between songs) or the thread is interrupted
     * @throws RuntimeException      what a step threw, unchanged
     */
    public static <T> void run(PmemoDataset dataset, int threads, PreparationListener listener,
            Function<Recording, T> step, Consumer<T> collect) throws IOException {
        int total = dataset.index().recordingCount();
        List<String> songs = dataset.edaSongs();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "ressin-song-walk");
            t.setDaemon(true);
            return t;
        });
        try {
            int done = 0;
            for (int s = 0; s < songs.size(); s++) {
                if (listener.isCancelled()) {
                    throw new CancellationException("cancelled after " + done + " recordings");
                }
                List<Future<T>> results = new ArrayList<>();
                for (Recording r : dataset.readSong(songs.get(s))) {
                    results.add(pool.submit(() -> step.apply(r)));
                }
                for (Future<T> f : results) {
                    collect.accept(get(f));
                }
                done += results.size();
                listener.progress(done, total, "song " + (s + 1) + " of " + songs.size());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <T> T get(Future<T> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IllegalStateException("a recording's step failed: " + e.getCause(), e.getCause());
        }
    }
}
