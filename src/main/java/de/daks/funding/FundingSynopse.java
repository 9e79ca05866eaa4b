package de.daks.funding;

import de.daks.programme.ProgrammeId;
import de.daks.programme.SynopseSpending;
import de.daks.shared.KommuneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The money of each Kommune for the Synopse of the programme module, summed over the programme's years. */
@Component
class FundingSynopse implements SynopseSpending {

	private final FundingManagement funding;

	FundingSynopse(FundingManagement funding) {
		this.funding = funding;
	}

	@Override
	@Transactional(readOnly = true)
	public Map<KommuneId, List<Line>> spending(ProgrammeId programme, Collection<KommuneId> kommunen) {
		Map<KommuneId, List<Line>> out = new LinkedHashMap<>();
		for (var overview : funding.overviews(programme, kommunen).entrySet()) {
			Map<CostCategory, Line> byCategory = new LinkedHashMap<>();
			for (FundingOverview.Row row : overview.getValue().rows()) {
				Line line = new Line(row.category().name(), row.category().messageKey(), row.planned().amount(),
						row.committed().amount(), row.spent().amount(), row.remaining().amount());
				byCategory.merge(row.category(), line, Line::plus);
			}
			out.put(overview.getKey(), new ArrayList<>(byCategory.values()));
		}
		return out;
	}
}
