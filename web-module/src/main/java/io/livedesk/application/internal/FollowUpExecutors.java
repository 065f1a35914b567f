package io.livedesk.application.internal;

import jakarta.enterprise.concurrent.ManagedExecutorDefinition;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The executors of the work that follows a customer's message. Liberty runs every managed task on the thread pool
 * that also serves HTTP, so unbounded follow-up work took the threads Facebook's next deliveries needed: in the
 * webhook benchmark nine threads in ten were busy with profiles and assignments while deliveries waited to be
 * read, and a 16-connection load got 92 acknowledgements a second. With a cap per kind of work a burst makes the
 * follow-up fall behind (it catches up afterwards), never the acknowledgements.
 */
@ManagedExecutorDefinition(name = "java:app/concurrent/livedeskAutomation", qualifiers = AutomationExecutor.class,
        maxAsync = 2)
@ManagedExecutorDefinition(name = "java:app/concurrent/livedeskDownloads", qualifiers = DownloadsExecutor.class,
        maxAsync = 4)
@ApplicationScoped
public class FollowUpExecutors {
    // The qualifiers are top-level types: Liberty loads a definition's qualifier by its canonical name, which
    // for a nested type is not its class name (ClassNotFoundException at deployment).
}
