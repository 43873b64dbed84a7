// The upload's file format and rules, on screen (the same as README.md "Your own figures").
import { fyLabel } from '../../lib/years';
import { FIRST_UPLOAD_YEAR, LAST_UPLOAD_YEAR } from './upload-format';

export function UploadFormatHelp() {
  return (
    <details className="table-disclosure upload-format">
      <summary>What the file should look like</summary>
      <p>
        A CSV file with a header row, separated by commas, semicolons or tabs, in UTF-8 or UTF-16 (what spreadsheet programs
        save): the check says how it read the file. Column names can be in any case and order; other columns are ignored.
      </p>
      <ul>
        <li>
          <code>area_code</code> (a sub-ICB's NHS code, such as <code>00L</code>) or <code>practice_code</code> (such as{' '}
          <code>A84002</code>);
        </li>
        <li>
          <code>year</code>: the financial year, as <code>2024/25</code> or its end year <code>2025</code>, from{' '}
          {fyLabel(FIRST_UPLOAD_YEAR)} to {fyLabel(LAST_UPLOAD_YEAR)};
        </li>
        <li>
          <code>gp_fte</code> and <code>gp_headcount</code>: fully qualified permanent GPs (partners, salaried GPs and retainers;
          not registrars or locums, as in the baseline), and <code>patients</code>: registered patients. Numbers, not negative.
        </li>
      </ul>
      <pre>{'area_code,year,gp_fte,gp_headcount,patients\n00L,2024/25,181.5,238,341200\n00N,2024/25,66.0,85,160100'}</pre>
      <ul>
        <li>
          A sub-ICB row replaces that sub-ICB's figures for that year. Rows for ICBs, regions or England are not used: their
          figures are always the sums of their sub-ICBs, so change those instead.
        </li>
        <li>
          Practice rows are added up to their sub-ICB (placed as in the baseline). If they list every practice the baseline has
          there that year, the sum replaces the sub-ICB's figures. If they leave practices out, the check names them and asks
          whether to add the listed practices' change to the rest of the sub-ICB (the default) or to replace the sub-ICB's figures
          with their sum. A sub-ICB given by an area row keeps that row.
        </li>
        <li>
          A year after the baseline's last adds a year for everyone, so it needs all sub-ICBs and must follow on without a gap;
          projections then start from it.
        </li>
        <li>
          Rows with an unknown code, a bad year or value, or the same code and year as an earlier row are listed, not used; all of
          them can be downloaded as CSV.
        </li>
        <li>
          <strong>PCN staff rows</strong>: a row with a <code>role</code> gives a sub-ICB&apos;s FTE of one PCN role at one of the
          PCN file&apos;s dates, replacing it: columns <code>sub_icb_code</code> (or <code>area_code</code>), <code>date</code> (a
          PCN file date such as <code>2026-06</code>), <code>role</code> (a key such as <code>pharmacists</code> or the
          role&apos;s name, as in the &ldquo;Staff group&rdquo; control) and <code>fte</code>. One file may hold GP rows and PCN
          rows (each leaves the other&apos;s columns empty). ICBs, regions and England are summed again; roles not collected at a
          date (nurses before November 2025) are rejected.
          <pre>{'sub_icb_code,date,role,fte\n01J,2026-06,pharmacists,14.5'}</pre>
        </li>
        <li>
          Figures far outside what an area has recorded (more than 3 times its highest year or below a third of its lowest, or GP
          FTE per 100,000 patients outside what any sub-ICB has recorded) are listed with their lines, and used only if you tick
          &ldquo;Use these figures anyway&rdquo;: most often they are a slip of units.
        </li>
      </ul>
    </details>
  );
}
