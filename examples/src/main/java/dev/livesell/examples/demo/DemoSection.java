package dev.livesell.examples.demo;

import java.io.PrintWriter;

/** One section of {@code livesell demo}: a capability shown on the bundled sample data. */
public interface DemoSection {
    /** Section heading. */
    String title();

    /** Prints the section. Throwing fails the demo. */
    void run(SampleData sample, PrintWriter out);
}
