package de.daks.territory.internal;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.ImportReport;
import de.daks.territory.TerritoryManagement;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code daks import-territory <file>}: imports a Gemeindeverzeichnis in GV100AD format. */
@Component
class ImportTerritoryCommand implements DaksCommand {

	private final TerritoryManagement territory;

	private final Authorization authorization;

	private final ImportReportPrinter printer;

	ImportTerritoryCommand(TerritoryManagement territory, Authorization authorization, ImportReportPrinter printer) {
		this.territory = territory;
		this.authorization = authorization;
		this.printer = printer;
	}

	@Override
	public String name() {
		return "import-territory";
	}

	@Override
	public String usage() {
		return "<GV100AD file>  import the Gemeindeverzeichnis (fixed-width GV100AD, UTF-8)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) {
		if (arguments.size() != 1) {
			out.println("Usage: daks import-territory <GV100AD file>");
			return 2;
		}
		authorization.require(Permission.TERRITORY_MANAGE, null);
		Path file = Path.of(arguments.get(0));
		if (!Files.isReadable(file)) {
			out.println("Cannot read " + file);
			return 1;
		}
		ImportReport report = territory.importGemeindeverzeichnis(file);
		printer.print(report, out);
		return report.success() ? 0 : 1;
	}
}
