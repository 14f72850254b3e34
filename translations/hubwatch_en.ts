<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Anomalies</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n second</numerusform>
            <numerusform>%n seconds</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CensusConsole</name>
    <message numerus="yes">
        <source>%Ln page(s)</source>
        <translation>
            <numerusform>%Ln page</numerusform>
            <numerusform>%Ln pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Resuming the census begun %1 UTC after %Ln page(s).</source>
        <translation>
            <numerusform>Resuming the census begun %1 UTC after %Ln page.</numerusform>
            <numerusform>Resuming the census begun %1 UTC after %Ln pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Census: %1, page %2 — %3 repos so far, %Ln request(s).</source>
        <translation>
            <numerusform>Census: %1, page %2 — %3 repos so far, %Ln request.</numerusform>
            <numerusform>Census: %1, page %2 — %3 repos so far, %Ln requests.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChartBuilder</name>
    <message numerus="yes">
        <source>Download velocity (%n-day average)</source>
        <translation>
            <numerusform>Download velocity (%n-day average)</numerusform>
            <numerusform>Download velocity (%n-day average)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Download velocity (%n-day average; the whole Hub between censuses)</source>
        <translation>
            <numerusform>Download velocity (%n-day average; the whole Hub between censuses)</numerusform>
            <numerusform>Download velocity (%n-day average; the whole Hub between censuses)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>%Ln day(s)</source>
        <translation>
            <numerusform>%Ln day</numerusform>
            <numerusform>%Ln days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln sample(s)</source>
        <translation>
            <numerusform>%Ln sample</numerusform>
            <numerusform>%Ln samples</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln headline point(s)</source>
        <translation>
            <numerusform>%Ln headline point</numerusform>
            <numerusform>%Ln headline points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %1 and %2 of %n series to %3.</source>
        <comment>repo points, headline points, file</comment>
        <translation>
            <numerusform>Exported %1 and %2 of %n series to %3.</numerusform>
            <numerusform>Exported %1 and %2 of %n series to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln repo point(s)</source>
        <translation>
            <numerusform>%Ln repo point</numerusform>
            <numerusform>%Ln repo points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new point(s)</source>
        <translation>
            <numerusform>%Ln new point</numerusform>
            <numerusform>%Ln new points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repo(s) were new to this history.</source>
        <translation>
            <numerusform>%n repo was new to this history.</numerusform>
            <numerusform>%n repos were new to this history.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s)</source>
        <translation>
            <numerusform>%Ln poll</numerusform>
            <numerusform>%Ln polls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln new repo(s)</source>
        <translation>
            <numerusform>%Ln new repo</numerusform>
            <numerusform>%Ln new repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln alert(s)</source>
        <translation>
            <numerusform>%Ln alert</numerusform>
            <numerusform>%Ln alerts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) were there already.</source>
        <translation>
            <numerusform>%Ln poll was there already.</numerusform>
            <numerusform>%Ln polls were there already.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>  Census under way since %1: %Ln page(s), %2 repos, %3 of %4 kinds done</source>
        <translation>
            <numerusform>  Census under way since %1: %Ln page, %2 repos, %3 of %4 kinds done</numerusform>
            <numerusform>  Census under way since %1: %Ln pages, %2 repos, %3 of %4 kinds done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n poll(s) stored, none complete yet.</source>
        <translation>
            <numerusform>%n poll stored, none complete yet.</numerusform>
            <numerusform>%n polls stored, none complete yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln census(es)</source>
        <translation>
            <numerusform>%Ln census</numerusform>
            <numerusform>%Ln censuses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the census figures of %Ln repo(s)</source>
        <translation>
            <numerusform>the census figures of %Ln repo</numerusform>
            <numerusform>the census figures of %Ln repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln census sample(s)</source>
        <translation>
            <numerusform>%Ln census sample</numerusform>
            <numerusform>%Ln census samples</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PollScope</name>
    <message numerus="yes">
        <source>(+ %n watched)</source>
        <translation>
            <numerusform>(+ %n watched)</numerusform>
            <numerusform>(+ %n watched)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Projection</name>
    <message numerus="yes">
        <source>Not enough history yet to project a date: %n poll(s) so far, at least %1 needed.</source>
        <translation>
            <numerusform>Not enough history yet to project a date: %n poll so far, at least %1 needed.</numerusform>
            <numerusform>Not enough history yet to project a date: %n polls so far, at least %1 needed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not enough history yet to project a date: it covers less than %n day(s).</source>
        <translation>
            <numerusform>Not enough history yet to project a date: it covers less than %n day.</numerusform>
            <numerusform>Not enough history yet to project a date: it covers less than %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>At this pace the target is more than %n year(s) away.</source>
        <translation>
            <numerusform>At this pace the target is more than %n year away.</numerusform>
            <numerusform>At this pace the target is more than %n years away.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected from steady percentage growth over the last %n day(s) (fit quality R² %1).</source>
        <translation>
            <numerusform>Projected from steady percentage growth over the last %n day (fit quality R² %1).</numerusform>
            <numerusform>Projected from steady percentage growth over the last %n days (fit quality R² %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Projected from a straight-line trend over the last %n day(s) (fit quality R² %1).</source>
        <translation>
            <numerusform>Projected from a straight-line trend over the last %n day (fit quality R² %1).</numerusform>
            <numerusform>Projected from a straight-line trend over the last %n days (fit quality R² %1).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::GuidanceView</name>
    <message numerus="yes">
        <source>%n new in the top 50 this week</source>
        <translation>
            <numerusform>%n new in the top 50 this week</numerusform>
            <numerusform>%n new in the top 50 this week</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Now: %1, %Ln repos covered, last complete poll %2 UTC</source>
        <translation>
            <numerusform>Now: %1, %Ln repo covered, last complete poll %2 UTC</numerusform>
            <numerusform>Now: %1, %Ln repos covered, last complete poll %2 UTC</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::LicencePanel</name>
    <message numerus="yes">
        <source>%1 of %n repos</source>
        <translation>
            <numerusform>%1 of %n repo</numerusform>
            <numerusform>%1 of %n repos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repos: </source>
        <translation>
            <numerusform>%n repo: </numerusform>
            <numerusform>%n repos: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::PollCommand</name>
    <message numerus="yes">
        <source>Skipped %n malformed entries.</source>
        <translation>
            <numerusform>Skipped %n malformed entry.</numerusform>
            <numerusform>Skipped %n malformed entries.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::SeriesPickerDialog</name>
    <message numerus="yes">
        <source>%n series selected</source>
        <translation>
            <numerusform>%n series selected</numerusform>
            <numerusform>%n series selected</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::WatchlistModel</name>
    <message numerus="yes">
        <source>Every stored repo of %1: %n repos, summed</source>
        <translation>
            <numerusform>Every stored repo of %1: %n repo, summed</numerusform>
            <numerusform>Every stored repo of %1: %n repos, summed</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::WatchlistPanel</name>
    <message numerus="yes">
        <source>Removed %n items.</source>
        <translation>
            <numerusform>Removed %n item.</numerusform>
            <numerusform>Removed %n items.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>hubwatch::WholeHubCard</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
</TS>
