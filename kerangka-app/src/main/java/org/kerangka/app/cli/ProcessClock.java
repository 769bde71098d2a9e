package org.kerangka.app.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Wall and CPU time of this process at one moment, to split a command's run into start-up (JVM,
 * Spring Boot, migrations) and its own work. On Linux it also tells how much CPU the JIT compiler
 * and garbage collector threads used: on a short run of a cold JVM they take a large share.
 */
record ProcessClock(
    long uptimeNanos,
    long cpuNanos,
    long jitNanos,
    long gcNanos,
    double loadAverage,
    Map<String, Long> threadTicks) {

  /** Clock ticks per second of {@code /proc} times (USER_HZ, 100 on Linux). */
  private static final long TICKS_PER_SECOND = 100;

  private static final Path TASKS = Path.of("/proc/self/task");

  static ProcessClock now() {
    long uptime = ManagementFactory.getRuntimeMXBean().getUptime() * 1_000_000L;
    long cpu = 0;
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      cpu = Math.max(0, os.getProcessCpuTime());
    }
    Map<String, Long> ticks = jitAndGcTicks();
    return new ProcessClock(
        uptime,
        cpu,
        sum(ticks, "jit", Map.of()),
        sum(ticks, "gc", Map.of()),
        ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(),
        ticks);
  }

  /**
   * The time from {@code earlier} to this clock. JIT and GC time are summed per thread: the JVM
   * starts and ends compiler threads as needed, and an ended thread's time is gone (so these
   * figures may fall a little short).
   */
  ProcessClock since(ProcessClock earlier) {
    return new ProcessClock(
        uptimeNanos - earlier.uptimeNanos,
        cpuNanos - earlier.cpuNanos,
        sum(threadTicks, "jit", earlier.threadTicks),
        sum(threadTicks, "gc", earlier.threadTicks),
        loadAverage,
        threadTicks);
  }

  private static long sum(Map<String, Long> ticks, String kind, Map<String, Long> earlier) {
    long total = 0;
    for (Map.Entry<String, Long> e : ticks.entrySet()) {
      if (e.getKey().startsWith(kind + " ")) {
        total += Math.max(0, e.getValue() - earlier.getOrDefault(e.getKey(), 0L));
      }
    }
    return total * (1_000_000_000L / TICKS_PER_SECOND);
  }

  double seconds() {
    return uptimeNanos / 1e9;
  }

  double cpuSeconds() {
    return cpuNanos / 1e9;
  }

  /**
   * CPU ticks of each JIT compiler thread ("jit TID") and GC thread ("gc TID"); empty where /proc
   * is missing.
   */
  private static Map<String, Long> jitAndGcTicks() {
    Map<String, Long> ticks = new HashMap<>();
    if (!Files.isDirectory(TASKS)) {
      return ticks;
    }
    try (DirectoryStream<Path> tasks = Files.newDirectoryStream(TASKS)) {
      for (Path task : tasks) {
        String stat;
        try {
          stat = new String(Files.readAllBytes(task.resolve("stat")), StandardCharsets.US_ASCII);
        } catch (IOException e) {
          continue; // the thread ended meanwhile
        }
        int open = stat.indexOf('(');
        int close = stat.lastIndexOf(')');
        if (open < 0 || close < open) {
          continue;
        }
        String name = stat.substring(open + 1, close);
        boolean compiler = name.contains("CompilerThre");
        boolean collector = name.startsWith("GC Thread") || name.startsWith("G1 ");
        if (!compiler && !collector) {
          continue;
        }
        // after the name: state ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt
        // utime stime: fields 12 and 13 counted from the state
        String[] fields = stat.substring(close + 2).split(" ");
        if (fields.length < 13) {
          continue;
        }
        long used = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        ticks.put((compiler ? "jit " : "gc ") + task.getFileName(), used);
      }
    } catch (IOException | RuntimeException e) {
      return Map.of();
    }
    return ticks;
  }
}
