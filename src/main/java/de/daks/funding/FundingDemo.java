package de.daks.funding;

import de.daks.programme.DemoProgrammeLoaded;
import de.daks.programme.ProgrammeId;
import de.daks.shared.KommuneId;
import java.util.List;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synthetic demo money for the demo programme (labelled "Demo"): expenses with receipts of the Kreis Düren and
 * Bremerhaven in the last programme year, a payment request claiming two receipts, and a consultant's invoice for
 * material costs awaiting approval – so the funding pages, the payment requests and the Synopse show something.
 */
@Component
class FundingDemo {

	private final FundingManagement funding;

	FundingDemo(FundingManagement funding) {
		this.funding = funding;
	}

	@EventListener
	void on(DemoProgrammeLoaded event) {
		ProgrammeId programme = event.programme();
		KommuneId dueren = event.kommunen().get("Düren");
		KommuneId bremerhaven = event.kommunen().get("Bremerhaven");
		if (dueren == null || bremerhaven == null) {
			return;
		}
		int year = 2024;
		funding.book(programme, dueren, year, CostCategory.EXTERNAL_CONSULTING, BookingKind.COMMITMENT,
				Money.of("24000.00"), "Beratervertrag Prozessbegleitung (Demo)", "V-2024-01", true);
		funding.book(programme, dueren, year, CostCategory.EXTERNAL_CONSULTING, BookingKind.EXPENSE,
				Money.of("12500.00"), "Moderation Zukunftswerkstatt (Demo)", "RE-2024-031", true);
		funding.book(programme, dueren, year, CostCategory.MATERIAL_COSTS, BookingKind.EXPENSE, Money.of("1834.20"),
				"Plakate und Flyer zur Zukunftswerkstatt (Demo)", "RE-2024-044", true);
		funding.book(programme, bremerhaven, year, CostCategory.EXTERNAL_CONSULTING, BookingKind.EXPENSE,
				Money.of("4200.00"), "Workshop Quartiersanalyse (Demo)", "RE-2024-007", true);
		List<UUID> receipts = funding.claimableReceipts(programme, dueren).stream().map(Booking::id).toList();
		funding.requestPayment(programme, dueren, receipts, "Erster Abschlag 2024 (Demo)", "demo");
		funding.submitInvoice(programme, dueren, year, CostCategory.MATERIAL_COSTS, Money.of("640.00"),
				"Raummiete Ortsteilwerkstatt (Demo)", "RE-2024-052", "beratung@daks.example");
	}
}
