#pragma once
// Where the pipeline's work runs, and how its progress reaches the caller.
//
// The thread contract (as libvips writes its own): convert() and
// convert_files() block the calling thread until done. Pages and files run
// on a TBB arena of --jobs threads; every Poppler document and Tesseract
// engine belongs to one worker at a time (pipeline.cpp's WorkerPool). The
// progress callback is only ever called on the calling thread, never
// concurrently, with counts that only grow and end at (total, total).
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

namespace pdf2tei::pipeline {

// Runs `body` on `jobs` threads, or in the calling arena when jobs is 0.
// With one job it runs on the calling thread, without TBB: the loops
// inside go through for_each_range, which runs them as plain loops then.
// A one-job run so never starts TBB's scheduler (its market, its allocator
// library, its thread-local state: 2% of a one-page run, issue 18).
template <typename F>
void in_arena(unsigned jobs, F&& body) {
    if (jobs == 0 || jobs == 1) {
        body();
        return;
    }
    tbb::task_arena arena(static_cast<int>(jobs));
    arena.execute(body);
}

// Calls body(range) over [0, n), cut into runs of at least `grain` handed
// to the current arena's threads; with one job, once over the whole range
// on the calling thread. Every loop of the pipeline goes through here, so
// that --jobs 1 means one thread.
template <typename F>
void for_each_range(unsigned jobs, int n, int grain, F&& body) {
    if (n <= 0) return;
    const tbb::blocked_range<int> all(0, n, static_cast<std::size_t>(std::max(grain, 1)));
    if (jobs == 1) {
        body(all);
        return;
    }
    tbb::parallel_for(all, body);
}

// Work done so far, counted by the workers, read by the caller's thread.
struct ProgressCounter {
    std::atomic<int> done{0};
    std::atomic<int> total{0};  // 0 until known
};

// How often the caller's thread looks at the counter while it waits.
inline constexpr std::chrono::milliseconds kProgressPoll{100};

// Runs `body` on `jobs` threads (0: as many as the calling arena has).
// With a `poll`, the work runs on a thread of its own while the calling
// thread waits, calling `poll` every kProgressPoll and once at the end:
// progress and per-file callbacks reach the caller on its own thread.
template <typename F>
void run_polling(unsigned jobs, F&& body, const std::function<void()>& poll) {
    if (!poll) {
        in_arena(jobs, body);
        return;
    }
    const unsigned threads = jobs ? jobs : static_cast<unsigned>(tbb::this_task_arena::max_concurrency());
    std::mutex mutex;
    std::condition_variable finished_cv;
    bool finished = false;
    std::exception_ptr error;
    std::thread runner([&] {
        try {
            in_arena(threads, body);
        } catch (...) {
            error = std::current_exception();
        }
        std::lock_guard lock(mutex);
        finished = true;
        finished_cv.notify_one();
    });
    {
        std::unique_lock lock(mutex);
        while (!finished) {
            finished_cv.wait_for(lock, kProgressPoll);
            lock.unlock();
            poll();
            lock.lock();
        }
    }
    runner.join();
    if (error) std::rethrow_exception(error);
    poll();
}

// A poll that reports the counter's advance to `progress` (empty without
// one); both must outlive it.
inline std::function<void()> progress_poll(const std::function<void(int, int)>& progress, ProgressCounter& counter) {
    if (!progress) return {};
    return [&progress, &counter, reported = 0]() mutable {
        const int done = counter.done.load(), total = counter.total.load();
        if (total > 0 && done > reported) progress(reported = done, total);
    };
}

// run_polling with a poll that reports the counter's advance to `progress`.
template <typename F>
void run_reporting(unsigned jobs, F&& body, const std::function<void(int, int)>& progress, ProgressCounter& counter) {
    run_polling(jobs, body, progress_poll(progress, counter));
}

}  // namespace pdf2tei::pipeline
