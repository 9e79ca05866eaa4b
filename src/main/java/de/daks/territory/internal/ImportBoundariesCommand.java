package de.daks.territory.internal;

import de.daks.identity.Authorization;
import de.daks.identity.Permission;
import de.daks.shared.cli.DaksCommand;
import de.daks.territory.ImportReport;
import de.daks.territory.TerritoryManagement;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** {@code daks import-boundaries <file> [--attribution=…]}: imports boundaries from GeoJSON. */
@Component
class ImportBoundariesCommand implements DaksCommand {

	private final TerritoryManagement territory;

	private final Authorization authorization;

	private final ImportReportPrinter printer;

	ImportBoundariesCommand(TerritoryManagement territory, Authorization authorization, ImportReportPrinter printer) {
		this.territory = territory;
		this.authorization = authorization;
		this.printer = printer;
	}

	@Override
	public String name() {
		return "import-boundaries";
	}

	@Override
	public String usage() {
		return "<GeoJSON file>  import boundaries (features with property ARS, WGS84)";
	}

	@Override
	public int run(List<String> arguments, PrintStream out) throws Exception {
		List<String> files = new ArrayList<>(arguments);
		if (files.size() != 1) {
			out.println("Usage: daks import-boundaries <GeoJSON file>");
			return 2;
		}
		authorization.require(Permission.TERRITORY_MANAGE, null);
		Path file = Path.of(files.get(0));
		if (!Files.isReadable(file)) {
			out.println("Cannot read " + file);
			return 1;
		}
		ImportReport report;
		try (InputStream in = Files.newInputStream(file)) {
			report = territory.importBoundaries(in, file.getFileName().toString(),
					TerritoryManagement.BKG_ATTRIBUTION);
		}
		printer.print(report, out);
		return report.success() ? 0 : 1;
	}
}
