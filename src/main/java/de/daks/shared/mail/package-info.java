/** Plain-text mails of all modules through the configured SMTP server ({@link de.daks.shared.mail.Mailer}). */
@NullMarked
package de.daks.shared.mail;

import org.jspecify.annotations.NullMarked;
