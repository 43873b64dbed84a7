// "About the data": definitions, caveats, the projection's method and accuracy, sources and the OGL attribution.
import { AboutProjection } from './AboutProjection';
import { LOCATIONS_CREDIT } from '../../lib/attribution';
import './about.css';
export function AboutData() {
  return (
    <div className="about">
      <h3>What the figures count</h3>
      <ul>
        <li>
          <strong>GP FTE on the map, table and trend chart</strong> is <em>fully qualified permanent GPs</em>: GP partners,
          salaried GPs and GP retainers (as in the national bulletin). It <strong>excludes</strong> GPs in training (registrars),
          and regular and ad-hoc locums. 1 FTE = 37.5 hours a week.
        </li>
        <li>
          These are <strong>practice-level</strong> figures (NHS Digital / NHS England GP Workforce practice data, as averaged per
          financial year by the Health Equity Evidence Centre). They <strong>exclude NHS estimates</strong> for practices that did
          not submit complete records, so England's total sits about 4% below the national bulletin (2015/16: 27,372 FTE against
          28,590 in the Sep 2015 bulletin).
        </li>
        <li>
          Each financial year is the mean of that year's workforce snapshots (2015/16 to 2019/20: the September snapshot only;
          from 2021/22, the monthly ones). 2022/23 onwards come from a later release of the same source, which revised 2022/23 and
          2023/24 slightly.
        </li>
        <li>
          Areas are those of the <strong>October 2025 bulletin</strong>: 7 NHS England regions, 42 ICBs (the former STPs) and 106
          sub-ICB locations (the former CCGs). Each practice is placed by its latest sub-ICB code; practices that closed before
          their CCG merged or split are placed in the sub-ICB holding most of the old CCG's small areas. The counts are in{' '}
          <code>data/SOURCES.md</code>.
        </li>
        <li>
          <strong>Patients</strong> are registered patients (they match the bulletin exactly for Sep 2015: 56,902,441) unless a
          metric or the <strong>Patients</strong> control says <em>need-weighted</em>: the Carr-Hill weighted list size from NHS
          Payments to General Practice, which adjusts for age, sex, deprivation and other needs and is scaled nationally to about
          the registered total, so the two bases are comparable. Its 2023/24 file is missing: each practice's weighted ÷
          registered ratio is the mean of its 2022/23 and 2024/25 ratios, times its 2023/24 registered patients, and every such
          figure is marked <em>est.</em> With “Patients: Need-weighted”, the under-doctored flag, the headline's per 100,000
          figures, the target, “What would it take?” and the trend chart use need-weighted patients, projected as each sub-ICB's
          2024/25 weighted ÷ registered ratio times its projected registered patients.
        </li>
        <li>
          The <strong>under-doctored</strong> flag: GP FTE per 100,000 patients below 90% of England's in the same year, on the
          basis the <strong>Patients</strong> control chooses (registered or need-weighted). On the map it is a legend class of
          its own.
        </li>
        <li>
          <strong>The wider practice team</strong> (practice-level, same source and rules as GP FTE): <em>all GPs</em> adds locums
          and GPs in training (registrars) to the qualified permanent GPs; <em>practice nurses</em>; and{' '}
          <em>direct patient care staff</em> (pharmacists, physiotherapists, paramedics, health care assistants and others). Locum
          and registrar FTE roughly doubles in 2018/19 in the source files, most likely a change in how registrars were recorded.
          These are recorded years only: the model projects qualified permanent GPs.
        </li>
        <li>
          <strong>Practices and PCNs</strong> (the Practice view): each practice at its main site's postcode (OS Code-Point Open;
          branch surgeries are not shown, and a practice that moved sits at its latest postcode in every year); practices that
          could not be placed are named in the view. PCNs are those of the July 2026 practice–PCN map. A practice's history
          follows its code: closures are stated, and a merger is <em>inferred</em> when one practice in the same sub-ICB gains at
          least half the closed practice's list the next year. The practices of each sub-ICB add up to its figures.
        </li>
        <li>
          <strong>Find an area</strong> also finds practices (code, name, postcode), PCNs, local authority districts (by the
          sub-ICB holding most of their small areas) and every CCG since 2015 (by where its practices are counted now).
        </li>
        <li>
          The <strong>national chart</strong> uses the official bulletin (Sep 2015 to Oct 2025), which includes NHS estimates and
          all GP roles. The projection starts from its latest months (see "The projection" below).
        </li>
      </ul>
      <h3>The projection</h3>
      <AboutProjection />
      <h3>Sources and licence</h3>
      <ul>
        <li>
          Contains public sector information licensed under the Open Government Licence v3.0 (NHS England / NHS Digital): General
          Practice Workforce statistics; NHS Payments to General Practice; Patients Registered at a GP Practice.
        </li>
        <li>
          Practice-level yearly averages: Health Equity Evidence Centre (HealthEquityEvidenceCentre/HEEC). Age profile: The Health
          Foundation (JamesRoutledgeTHF/GP_data).
        </li>
        <li>
          Boundaries: Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data ©
          Crown copyright and database right 2015–2023.
        </li>
        <li>{LOCATIONS_CREDIT} Postcodes from NHS Payments to General Practice (Open Government Licence v3.0).</li>
        <li>Everything runs in your browser from files shipped with the app: nothing you do here is sent anywhere.</li>
      </ul>
    </div>
  );
}
