<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>Airflow</name>
        <message>
            <location filename="../../twin/sim/airflow/domain.py" line="310" />
            <source>A {dx:g} m x {dz:g} m grid over this site needs {cells:,} cells, more than the budget of {budget:,}; the solver would slow far below its usual speed. Choose cells of about {fit:.0f} m or more (or raise max_cells).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1099" />
            <source>airflow field INVALID: {n} roll-backs in a row (last: {reason} at t={t:.0f} s); the solver stopped. Change the wind, the layout or the resolution to restart it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="522" />
            <source>airflow solver error, paused: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="499" />
            <source>airflow solver failed to start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/solver.py" line="1104" />
            <source>airflow step rejected at t={t:.0f} s ({reason}); rolled back to the last good state (t={t0:.0f} s) and retrying with a step of {dt:.2g} s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="439" />
            <source>on_frame callback failed: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/sim/airflow/runner.py" line="78" />
            <source>{text} ({n} times)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AirflowPanel</name>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="175" />
            <source> m above ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="201" />
            <source>Air over the nature reserve: {rise} K vs ambient
Strongest wind at pedestrian height: {wind} m/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="166" />
            <source>Apply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="165" />
            <source>Direction the wind blows from, clockwise from north (240° = WSW, the prevailing wind)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="176" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="39" />
            <source>Intake temperature rise per hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="168" />
            <location filename="../../twin/ui/airflow_panel.py" line="225" />
            <source>Pause</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="37" />
            <source>Plume: air 2 °C warmer than around it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="168" />
            <location filename="../../twin/ui/airflow_panel.py" line="225" />
            <source>Run</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="172" />
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Showing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="167" />
            <source>Solver</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="169" />
            <source>Step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="36" />
            <source>Warm air along the wind (vertical slice)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="35" />
            <source>Warm air at a height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="163" />
            <source>Wind and air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="38" />
            <source>Wind arrows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Wind from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="177" />
            <source>Wind speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="28" />
            <source>coarse (12 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="29" />
            <source>default (8 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="30" />
            <source>fine (6 m)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="44" />
            <source>first look — the previous wind fitted to the new layout; refining…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="164" />
            <source>follow the weather being played</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="46" />
            <source>settled — the statistics of the flow no longer change</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="45" />
            <source>settling — the flow is still adjusting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="107" />
            <source>starting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="213" />
            <source>{cells} cells · {rtf}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/airflow_panel.py" line="211" />
            <source>{factor}× faster than real time</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Animate</name>
        <message>
            <location filename="../../twin/commands/animate.py" line="124" />
            <source>cancelled: {out} was not written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="127" />
            <source>failed, {out} was not written: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="117" />
            <source>rendering {kind}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="115" />
            <source>settling the airflow on the layout's design weather…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/animate.py" line="130" />
            <source>wrote {out} ({frames} frames, {w}x{h} at {fps:g} fps, {seconds:g} s) in {elapsed:.1f} s</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Caption</name>
        <message>
            <location filename="../../twin/render/snapshot.py" line="385" />
            <source>(in memory)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="733" />
            <source>INVALID (not the conditions shown)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="324" />
            <source>IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="724" />
            <source>Layout {file} · rendered {when} UTC</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="704" />
            <source>Layout: planning assumption (the real plan is not published).  Published: 38 ha, up to 700 MW, 6 ha reserve, PUE 1.2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="737" />
            <source>Overlays: {overlays} · airflow {state}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="325" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="706" />
            <source>Pipes: red = facility water supply, blue = return, orange = district-heat export supply, violet = its return.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="727" />
            <source>Wind from {direction:.0f}° ({compass}) at {speed:.1f} m/s, air {air:.1f} °C · {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="683" />
            <source>Wind from {direction:.0f}° at {speed:g} m/s, air {air:.0f} °C · airflow {tier} after {time:.0f} s simulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="326" />
            <source>heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="376" />
            <source>layout design scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="190" />
            <source>non-finite field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="736" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="734" />
            <source>off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="731" />
            <source>settled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="732" />
            <source>settling (indicative)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="185" />
            <source>stale: conditions changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="333" />
            <source>{load:.0f} of {capacity:g} MW IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="326" />
            <source>{mw:.0f} MW (~{homes:,.0f} homes' use)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="700" />
            <source>{name}  ·  {mw:.0f} MW IT in {halls} data halls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="178" />
            <source>{time:.0f} s simulated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="722" />
            <source>{when} · layout {file}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Commands</name>
        <message>
            <location filename="../../twin/model/commands.py" line="431" />
            <source>Add {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="650" />
            <source>Cooler height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="641" />
            <source>Cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="156" />
            <source>Cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="155" />
            <source>Data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="202" />
            <source>Data hall {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="446" />
            <source>Delete {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="458" />
            <source>Duplicate {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="160" />
            <source>Gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="654" />
            <source>Generator rating</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="652" />
            <source>Generators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="644" />
            <source>Heat rejection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="158" />
            <source>Heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="648" />
            <source>Heat-rejection position</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="635" />
            <source>Height</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="640" />
            <source>IT capacity</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="599" />
            <source>Move cooler yard of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="605" />
            <source>Move generator yard of {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="466" />
            <source>Move {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="634" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="856" />
            <source>New layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="857" />
            <source>New layout from the empty site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="159" />
            <source>Offices and training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="563" />
            <source>Resize {name} to {w} × {d} m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="500" />
            <source>Rotate {name} by {angle}°</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="755" />
            <source>Set {label} of {name} to {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="849" />
            <source>Set {title} to {value:g} {unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="636" />
            <source>Storeys</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="157" />
            <source>Substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="846" />
            <source>The {title} must be between {low:g} and {high:g} {unit}, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="663" />
            <source>adiabatic (evaporative assist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="666" />
            <source>adiabatic coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="664" />
            <source>chillers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="667" />
            <source>cooling towers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="662" />
            <source>direct liquid cooling + dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="665" />
            <source>dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="831" />
            <source>grid connection</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="829" />
            <source>minimum spacing between halls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="661" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="408" />
            <source>return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="668" />
            <source>roof</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="830" />
            <source>setback from the site boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="408" />
            <source>supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="838" />
            <source>the scenario has no editable rule {field}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="718" />
            <source>the {label} must be at most 60 characters, got {n}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="716" />
            <source>the {label} must not be empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="669" />
            <source>yard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="730" />
            <source>{label} must be a finite number, got {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="728" />
            <source>{label} must be a number, got {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="733" />
            <source>{label} must be a whole number, got {value:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="737" />
            <source>{label} must be between {low:g} and {high:g}{unit}, got {value:g}{unit}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="723" />
            <source>{label} must be one of {choices}, got {value!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="411" />
            <source>{name} branch, {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="603" />
            <source>{name} has no generator yard to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="594" />
            <source>{name} has no heat-rejection equipment to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="521" />
            <source>{name}: footprint sides must be between {low:g} and {high:g} m, got {value} m</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="607" />
            <source>{name}: no part called {part!r} can move on its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="596" />
            <source>{name}: roof coolers move with their roof; set their position to yard first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="497" />
            <source>{name}: the rotation must be a number of degrees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="695" />
            <source>{name}: {field} cannot be edited here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="710" />
            <source>{name}: {what}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="743" />
            <source>{storeys} storeys in {height:g} m leaves {per:.1f} m a storey; at least 3 m is needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/commands.py" line="207" />
            <source>{title} {n}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Compass</name>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>E</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>ENE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>ESE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>N</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>NE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="146" />
            <source>NNE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="149" />
            <source>NNW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>NW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>S</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>SE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>SSE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="147" />
            <source>SSW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>SW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>W</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>WNW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="148" />
            <source>WSW</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="154" />
            <source> · water used {m3} m³</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="122" />
            <source>Heat delivered to the district line. Homes: the yearly heat of one home is taken as {mwh} MWh (ADEME: 1 TWh/yr ~ 100,000 homes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="111" />
            <source>Heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="107" />
            <source>IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="107" />
            <location filename="../../twin/ui/dashboard.py" line="119" />
            <location filename="../../twin/ui/dashboard.py" line="146" />
            <source>IT load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="151" />
            <source>IT load on free cooling · chillers on in {on} of {halls} halls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="146" />
            <source>IT load · some halls stale</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="112" />
            <source>Load on free cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="108" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="117" />
            <source>PUE now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="69" />
            <source>Starting the plant model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="109" />
            <source>Temperatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="118" />
            <source>Total facility power / IT power, from the plant model (target 1.2, published)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="112" />
            <location filename="../../twin/ui/dashboard.py" line="124" />
            <source>free cooling</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="120" />
            <source>heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="149" />
            <source>heat exported · at this rate ≈ {homes} homes heated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="109" />
            <source>outside</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="125" />
            <source>outside air</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="157" />
            <source>outside air · RH {rh} %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="111" />
            <source>to districts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="110" />
            <source>water return</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="109" />
            <source>water supply</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/dashboard.py" line="159" />
            <source>{when} · load: {source} · weather: {weather}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EditController</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="185" />
            <source>Click a building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="195" />
            <source>Click a layout check</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="194" />
            <source>Ctrl+1 … Ctrl+4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="193" />
            <source>Ctrl+Z, Ctrl+Shift+Z</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="192" />
            <source>Delete, Ctrl+D</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="191" />
            <source>Edit ▸ Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="182" />
            <source>Left-drag on open ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="99" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="188" />
            <source>M, R, S, Esc</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="184" />
            <source>Middle-drag</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="177" />
            <source>Mouse and keyboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="190" />
            <source>Resize tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="154" />
            <source>Revert to the bundled campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="183" />
            <source>Right-drag / wheel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>Rotate tool</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="141" />
            <source>Select a building first (click it).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="186" />
            <source>Shift-drag a building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="187" />
            <source>Shift-drag a yard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="192" />
            <source>delete, duplicate the selected building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="190" />
            <source>drag a corner grip; the area is shown live</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="189" />
            <source>drag the blue grip; snaps to 5° and to the site axes, Ctrl for a free angle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="186" />
            <source>move it with its yards and pipes (one undo step)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="187" />
            <source>move the cooler or generator yard alone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="188" />
            <source>move, rotate, resize tools; back to select</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="182" />
            <source>orbit the camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="194" />
            <source>overview, plan, views from Escaudain and Lourches</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="184" />
            <source>pan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="195" />
            <source>select and frame the feature at fault</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="185" />
            <source>select it; its figures appear in the Properties dock, where they can be edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="191" />
            <source>then click the ground to place the building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="193" />
            <source>undo, redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="183" />
            <source>zoom</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <location filename="../../twin/ui/export/state.py" line="34" />
            <source>PUE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="23" />
            <source>bundled: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="92" />
            <source>clip length must be 0.1 to 3600 s, got {s:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="97" />
            <source>date must look like 2030-07-25, got {date!r}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="90" />
            <source>frames per second must be 1 to 120, got {fps:g}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="35" />
            <source>heat exported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="267" />
            <source>image size must be 16 to 8192 pixels a side, got {w}x{h}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="60" />
            <source>layout design scenario</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/state.py" line="56" />
            <source>set in the Wind and heat panel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/animation.py" line="88" />
            <source>unknown animation kind {kind!r}; choose day, tour or orbit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/provenance.py" line="27" />
            <source>{name} (unsaved edits)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="60" />
            <source>{path}: a GIF of {n} frames at {w}x{h} is too large; use .mp4, a smaller size or fewer frames</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="57" />
            <source>{path}: an MP4 (H.264, yuv420p) needs an even width and height, got {w}x{h}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="134" />
            <source>{path}: no frames were written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/snapshot.py" line="56" />
            <source>{path}: unknown image format {suffix!r}; use .png or .jpg</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/io/export/video.py" line="41" />
            <source>{path}: unknown video format {suffix!r}; use .mp4 or .gif</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <location filename="../../twin/ui/i18n.py" line="196" />
            <location filename="../../twin/ui/i18n.py" line="214" />
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LivePanel</name>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="173" />
            <source> h</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="206" />
            <source> — stale: {halls}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="30" />
            <source>1 day per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="32" />
            <source>1 day per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="29" />
            <source>1 hour per minute</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="31" />
            <source>1 hour per second</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Broker</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Clock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="167" />
            <source>Connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="38" />
            <source>EnergyPlus weather file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="174" />
            <source>Go</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="157" />
            <source>IT load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="175" />
            <source>Jump to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="43" />
            <source>Live from the site (MQTT)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Password</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Play</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="42" />
            <source>Replay a recording (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="41" />
            <source>Simulated AI load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Speed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="180" />
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="219" />
            <source>Synthetic weather, not measured data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="168" />
            <source>Time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>Topics</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="179" />
            <source>User</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="176" />
            <source>Weather</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="212" />
            <source>accepted {accepted} · rejected {rejected}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="172" />
            <source>day </source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="36" />
            <source>default synthetic year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="162" />
            <source>dsx: BMS/v1/PUB/Value/PowerMeter/ActivePower/escaudain/{hall}/it_load (kW)
plain: campus/{hall}/it_load_mw (MW)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="37" />
            <source>heat wave, 25 July 2019 (41.5 °C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="160" />
            <source>mqtt://HOST:PORT, or mqtts://HOST:PORT for TLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="165" />
            <location filename="../../twin/ui/live_panel.py" line="166" />
            <source>optional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="28" />
            <source>real time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="169" />
            <source>running</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/live_panel.py" line="81" />
            <source>simulated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../../twin/ui/main_window.py" line="115" />
            <source>&amp;Delete building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="61" />
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="60" />
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="63" />
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="126" />
            <source>&amp;Mouse and keyboard…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="101" />
            <source>&amp;Move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="88" />
            <source>&amp;Open layout…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="95" />
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="97" />
            <location filename="../../twin/ui/main_window.py" line="392" />
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="392" />
            <source>&amp;Redo {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="103" />
            <source>&amp;Rotate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="90" />
            <source>&amp;Save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="96" />
            <location filename="../../twin/ui/main_window.py" line="390" />
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="390" />
            <source>&amp;Undo {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="62" />
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="109" />
            <source>Add cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="107" />
            <source>Add data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="114" />
            <source>Add gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="111" />
            <source>Add heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="113" />
            <source>Add offices and training</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="110" />
            <source>Add substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="274" />
            <source>Campus layout (*.geojson *.json)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="279" />
            <source>Campus layout (*.geojson)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="658" />
            <source>Cannot connect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="228" />
            <location filename="../../twin/ui/main_window.py" line="231" />
            <source>Cannot open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="699" />
            <source>Cannot read weather file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="634" />
            <source>Cannot replay</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="249" />
            <source>Cannot save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="108" />
            <source>Click the ground to place a 100 MW data hall with roof coolers and generators</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="100" />
            <source>Click to select; Shift-drag to move</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="117" />
            <source>D&amp;uplicate building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="102" />
            <source>Drag a building or a yard to move it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="106" />
            <source>Drag a corner grip of the selected building to resize it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="104" />
            <source>Drag the grip of the selected building to turn it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="370" />
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="688" />
            <source>EnergyPlus weather (*.epw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="93" />
            <source>Export &amp;snapshot…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="54" />
            <source>From Escaudain (eye level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="55" />
            <source>From Lourches (eye level)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="289" />
            <source>Layout checks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="307" />
            <source>Left-drag: orbit · right-drag: zoom · middle-drag: pan · click: select · Shift-drag: move a building</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="620" />
            <source>Load recording (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="291" />
            <source>Load, time and weather</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="118" />
            <source>New layout from the empty site</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="89" />
            <source>Open a campus layout (GeoJSON)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="274" />
            <source>Open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="688" />
            <source>Open weather file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="121" />
            <source>Overlaps, the reserve and the site boundary: refuse the drop instead of warning</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="52" />
            <source>Overview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="290" />
            <source>Plant dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="289" />
            <source>Properties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="120" />
            <source>Refuse drops that break a hard rule</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="620" />
            <source>Replay IT load</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="105" />
            <source>Resi&amp;ze</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="119" />
            <source>Revert to the bundled campus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="279" />
            <source>Save layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="92" />
            <source>Save layout &amp;as…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="94" />
            <source>Save the 3-D view as a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="91" />
            <source>Save the layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="253" />
            <source>Saved {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="99" />
            <source>Se&amp;lect</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="485" />
            <source>Starting the plant model…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="421" />
            <source>The layout has unsaved changes. Save them first?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="491" />
            <source>The plant model could not start: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="53" />
            <source>Top (plan)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="420" />
            <source>Unsaved changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="293" />
            <location filename="../../twin/ui/main_window.py" line="356" />
            <source>Views</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="291" />
            <source>Wind and heat</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="534" />
            <source>return {t} °C</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="532" />
            <source>supply {t} °C · {flow} kg/s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="536" />
            <source>to districts {t} °C · {mw} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="393" />
            <source>untitled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="517" />
            <source>{load} of {capacity} MW (stale)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="519" />
            <source>{load} of {capacity} MW IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="443" />
            <source>{mw} MW IT · {halls} data halls · reserve {ha} ha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="395" />
            <source>{name}{modified} — Campus Twin {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="643" />
            <source>{path}: implausible samples left out ({reasons})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/main_window.py" line="453" />
            <source>✔ No layout problems found.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Overlay</name>
        <message>
            <location filename="../../twin/render/overlays.py" line="204" />
            <source>Air warmer than around it (°C)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="308" />
            <source>No air {k} °C warmer than around it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="305" />
            <source>Pale veil: air {k} °C warmer than around it, up to {height} m high</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="323" />
            <location filename="../../twin/render/overlays.py" line="364" />
            <source>Wind speed (m/s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/overlays.py" line="381" />
            <source>intake {rise} K</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PropertiesPanel</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="153" />
            <source>&lt;span style='color:#2e7d4f'&gt;published&lt;/span&gt;: stated by the operator · &lt;span style='color:#2f6fc0'&gt;derived&lt;/span&gt;: computed from published figures · &lt;span style='color:#b26a00'&gt;assumption&lt;/span&gt;: planning assumption, not published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="160" />
            <location filename="../../twin/ui/properties.py" line="179" />
            <source>Click a building to see its figures.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="46" />
            <source>Cooling plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="44" />
            <source>Data hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="49" />
            <source>Gatehouse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="47" />
            <source>Heat-recovery plant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="48" />
            <source>Offices, training, incubator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="151" />
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="45" />
            <source>Substation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="151" />
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="54" />
            <source>adiabatic (evaporative assist)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="39" />
            <source>assumption</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="55" />
            <source>chillers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="38" />
            <source>derived</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="53" />
            <source>direct liquid cooling + dry coolers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="52" />
            <source>none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/properties.py" line="37" />
            <source>published</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PropertyEditor</name>
        <message>
            <location filename="../../twin/ui/properties.py" line="273" />
            <source>from {low} to {high} {unit}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RulesEditor</name>
        <message>
            <location filename="../../twin/ui/editing.py" line="252" />
            <source>Not published: a planning assumption of this study, used by the layout checks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="245" />
            <source>Setback from the boundary (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/editing.py" line="244" />
            <source>Spacing between halls (planning assumption)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Scene</name>
        <message>
            <location filename="../../twin/render/scene.py" line="418" />
            <source>Homes · {commune}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="250" />
            <source>{name}
{mw} MW IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="514" />
            <source>{name} · {ha} ha · ~{trees} trees</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/render/scene.py" line="459" />
            <source>{place}
{km} km {direction}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Snapshot</name>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="85" />
            <source>given on the command line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/snapshot.py" line="101" />
            <source>wrote {out} ({w}x{h}, camera {camera}{overlays}, airflow {state})</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SnapshotDialog</name>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="33" />
            <source>As the view ({w}x{h})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="31" />
            <source>Export snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="38" />
            <source>Image size</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Validation</name>
        <message>
            <location filename="../../twin/model/validation.py" line="253" />
            <source>IT capacity {total:.0f} MW at PUE {pue:g} draws {draw:.0f} MW, more than the grid connection of {grid:.0f} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="196" />
            <source>buildings take {lost:.2f} ha of the reserve: {area:.1f} ha left of the announced {target:g} ha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="192" />
            <source>reserve area is {area:.1f} ha, far from the announced {target:g} ha</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="188" />
            <source>the nature reserve extends outside the site boundary</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="248" />
            <source>total IT capacity {total:.0f} MW exceeds the grid connection of {grid:.0f} MW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="232" />
            <source>{first} and {second} are {gap:.0f} m apart; the minimum spacing between halls is {spacing:g} m (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="226" />
            <source>{first} overlaps {second}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="217" />
            <source>{name} encroaches on the nature reserve ({area:,.0f} m²)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="242" />
            <source>{name} is {distance:.0f} m from the facility-water mains: no pipe serves it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="211" />
            <source>{name} is {distance:.0f} m from the site boundary; the setback is {setback:g} m (planning assumption)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/model/validation.py" line="206" />
            <source>{name} lies partly outside the site boundary</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>twin</name>
        <message>
            <location filename="../../twin/commands/year.py" line="116" />
            <source>--speed-edges must be numbers separated by commas: {text}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/__init__.py" line="44" />
            <location filename="../../twin/commands/run.py" line="38" />
            <source>Cannot open layout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="196" />
            <source>annual PUE by hall: {halls}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="193" />
            <source>annual PUE {pue}; hottest hour {hour} at {temp:.1f} C: PUE {peak}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="198" />
            <source>chiller hours {ch:.0f}, free-cooling hours {fc:.0f}, adiabatic hours {ad:.0f}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="93" />
            <location filename="../../twin/commands/year.py" line="150" />
            <source>error: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="203" />
            <source>heat exported {mwh:.0f} MWh ~ {homes} homes ({assumption}); export line {km:.2f} km, {loss:.0f} MWh lost to the ground</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="201" />
            <source>heat exported: none</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="190" />
            <source>mean intake rise: {rises}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="178" />
            <source>no data</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="185" />
            <source>recirculation: airflow solver, {cases} wind cases ({sectors} sectors; {solved} solved now, {cached} from cache) on a {dx:g} m x {dz:g} m grid</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="192" />
            <source>recirculation: {source}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="209" />
            <source>sweep {sweep:.1f} s, plant year {plant:.1f} ms</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="165" />
            <source>warning: {message}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="207" />
            <source>water used {m3:.0f} m3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/commands/year.py" line="182" />
            <source>weather: {source}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>window</name>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="55" />
            <source>Cannot export snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="71" />
            <source>Export snapshot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="72" />
            <source>PNG image (*.png);;JPEG image (*.jpg *.jpeg)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../twin/ui/export/snapshot.py" line="60" />
            <source>Snapshot {w}x{h} written to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
