package org.perfgrade.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRVirtualizer;
import net.sf.jasperreports.engine.fill.JRSwapFileVirtualizer;
import net.sf.jasperreports.engine.util.JRSwapFile;

/**
 * 报表分页换出: a JasperReports {@link JRSwapFileVirtualizer} over a swap file in a temporary folder of its own, so that
 * a report of thousands of pages keeps only a few pages on the heap while it is filled and exported. Closing it
 * cleans the virtualizer up, which disposes of the swap file, and deletes the folder.
 */
final class SwapFileVirtualizer implements AutoCloseable {

    /** Pages kept in memory; the rest wait in the swap file. */
    static final int PAGES_IN_MEMORY = 20;
    private static final int BLOCK_SIZE = 4096;
    private static final int MIN_GROW_BLOCKS = 256;

    private final Path folder;
    private final JRSwapFileVirtualizer virtualizer;

    SwapFileVirtualizer() {
        try {
            folder = Files.createTempDirectory("perfgrade-report-swap");
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法创建报表交换文件目录：" + ex.getMessage(), ex);
        }
        JRSwapFile swap = new JRSwapFile(folder.toString(), BLOCK_SIZE, MIN_GROW_BLOCKS);
        virtualizer = new JRSwapFileVirtualizer(PAGES_IN_MEMORY, swap, true);
    }

    /** The virtualizer to pass as {@code REPORT_VIRTUALIZER}. */
    JRVirtualizer virtualizer() {
        return virtualizer;
    }

    /** The folder of the swap file (deleted on close). */
    Path folder() {
        return folder;
    }

    @Override
    public void close() {
        try {
            virtualizer.cleanup();
        }
        finally {
            deleteFolder();
        }
    }

    private void deleteFolder() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException ex) {
            throw new UncheckedIOException("无法删除报表交换文件目录 " + folder + "：" + ex.getMessage(), ex);
        }
    }
}
