package org.perfgrade.document;

import java.io.OutputStream;

/** Writes the bytes of one document; the archive decides where they go and makes the write atomic. */
@FunctionalInterface
public interface DocumentContent {

    void writeTo(OutputStream out) throws Exception;
}
