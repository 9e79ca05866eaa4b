package de.daks.process;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Where attachments are stored and how large one may be ({@code daks.attachments.*}).
 *
 * @param maxSize the largest file accepted; the servlet container's multipart limit must be higher so the user
 * gets DAKS's message instead of a bare error
 * @param directory the folder holding the files; with several app nodes it must be a shared volume
 */
@ConfigurationProperties("daks.attachments")
record AttachmentProperties(DataSize maxSize, Path directory) {
}
