/*
 * A small persistent thread pool: workers sleep on a condition variable between jobs, so a
 * parallel GEMM costs a wake-up, not a thread creation. The calling thread runs part 0.
 * Node worker threads each load the addon: the pool is created once per process, and
 * parallel jobs from different JavaScript threads take turns (job_lock).
 */
#include "candor.h"
#include <pthread.h>

#define MAX_THREADS 64

static pthread_t workers[MAX_THREADS];
static int thread_count = 1;
static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_mutex_t job_lock = PTHREAD_MUTEX_INITIALIZER;
static pthread_once_t pool_once = PTHREAD_ONCE_INIT;
static int requested_threads = 1;
static pthread_cond_t wake = PTHREAD_COND_INITIALIZER;
static pthread_cond_t done = PTHREAD_COND_INITIALIZER;
static candor_task job_fn;
static void *job_arg;
static int job_parts;
static long job_generation;
static int pending;

static void *worker_main(void *arg) {
  const int id = (int)(long)arg;
  long seen = 0;
  for (;;) {
    pthread_mutex_lock(&lock);
    while (job_generation == seen) pthread_cond_wait(&wake, &lock);
    seen = job_generation;
    candor_task fn = job_fn;
    void *a = job_arg;
    const int parts = job_parts;
    pthread_mutex_unlock(&lock);
    if (id < parts) fn(a, id, parts);
    pthread_mutex_lock(&lock);
    if (--pending == 0) pthread_cond_signal(&done);
    pthread_mutex_unlock(&lock);
  }
  return 0;
}

static void create_pool(void) {
  const int threads = requested_threads;
  thread_count = threads < 1 ? 1 : threads > MAX_THREADS ? MAX_THREADS : threads;
  for (int i = 1; i < thread_count; i++) {
    if (pthread_create(&workers[i], 0, worker_main, (void *)(long)i) != 0) {
      thread_count = i; /* run with the threads we got */
      break;
    }
    pthread_detach(workers[i]);
  }
}

void candor_pool_init(int threads) {
  requested_threads = threads;
  pthread_once(&pool_once, create_pool);
}

int candor_threads(void) { return thread_count; }

void candor_parallel(candor_task fn, void *arg, int parts) {
  if (parts > thread_count) parts = thread_count;
  if (parts <= 1) {
    fn(arg, 0, 1);
    return;
  }
  pthread_mutex_lock(&job_lock);
  pthread_mutex_lock(&lock);
  job_fn = fn;
  job_arg = arg;
  job_parts = parts;
  pending = thread_count - 1;
  job_generation++;
  pthread_cond_broadcast(&wake);
  pthread_mutex_unlock(&lock);
  fn(arg, 0, parts);
  pthread_mutex_lock(&lock);
  while (pending > 0) pthread_cond_wait(&done, &lock);
  pthread_mutex_unlock(&lock);
  pthread_mutex_unlock(&job_lock);
}

typedef struct {
  size_t n;
  candor_range_task fn;
  void *arg;
} range_job;

static void range_part(void *p, int part, int parts) {
  const range_job *j = (const range_job *)p;
  const size_t begin = j->n * (size_t)part / (size_t)parts, end = j->n * (size_t)(part + 1) / (size_t)parts;
  if (begin < end) j->fn(j->arg, begin, end);
}

void candor_parallel_for(size_t n, size_t grain, candor_range_task fn, void *arg) {
  size_t parts = grain ? n / grain : n;
  if (parts > (size_t)thread_count) parts = (size_t)thread_count;
  if (parts <= 1) {
    if (n) fn(arg, 0, n);
    return;
  }
  range_job job = {n, fn, arg};
  candor_parallel(range_part, &job, (int)parts);
}
