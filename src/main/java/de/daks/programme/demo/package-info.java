/**
 * Demo content: the programme "Zukunftswerkstatt Kommunen" with the three Kommunen of the seed presentation, one
 * account per role, and example process content. Key figures of the Kommunen are the published ones (seed
 * presentation ZWK, ConSozial 2024); people, stakeholders and minutes are invented and labelled as synthetic.
 */
@NullMarked
package de.daks.programme.demo;

import org.jspecify.annotations.NullMarked;
