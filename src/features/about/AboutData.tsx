// "About the data": definitions, caveats, the projection's method and accuracy, sources and the OGL attribution.
import { AboutProjection } from './AboutProjection';
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
          <strong>Patients</strong> are registered patients (they match the bulletin exactly for Sep 2015: 56,902,441). With
          “Patients: Need-weighted”, the under-doctored flag, the headline's per 100,000 figures, the target, “What would it
          take?” and the trend chart use need-weighted (Carr-Hill) patients instead, projected as each sub-ICB's 2024/25 weighted
          ÷ registered ratio times its projected registered patients.
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
        <li>Everything runs in your browser from files shipped with the app: nothing you do here is sent anywhere.</li>
      </ul>
    </div>
  );
}
