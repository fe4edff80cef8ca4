"""The temporal tagger on a table of hand-written sentences: each with a publication timestamp, the
expression expected, its TIMEX3 type and value. The whole table is parsed in one `nlp.pipe` batch."""

from __future__ import annotations

from datetime import datetime

import pytest

from timeline.extraction.document import parse_timestamp

MON = "2025-03-17T09:54:27"  # a Monday
WED = "2025-03-19T08:00:00"
SUN = "2025-03-16T12:00:00"
JAN = "2025-01-10T10:00:00"  # a Friday
DEC = "2024-12-30T10:00:00"  # a Monday, ISO week 2025-W01
AUG = "2025-08-20T10:00:00"
NOV = "2024-11-05T10:00:00"
SEP = "2024-09-12T10:00:00"
THU = "2024-07-25T10:00:00"
TUE = "2024-07-30T10:00:00"

# (sentence, published, expression, type, value[, end_value])
CASES = [
    # weekdays: direction from tense and modality
    ("Trump will meet Putin on Tuesday.", MON, "Tuesday", "DATE", "2025-03-18"),
    ("Trump met Putin on Tuesday.", MON, "Tuesday", "DATE", "2025-03-11"),
    ("The ministers meet on Monday.", MON, "Monday", "DATE", "2025-03-17"),
    ("The ministers met on Monday in Geneva.", MON, "Monday", "DATE", "2025-03-17"),
    ("The envoy would travel to Riyadh on Thursday.", MON, "Thursday", "DATE", "2025-03-20"),
    ("The envoy travelled to Riyadh on Thursday.", MON, "Thursday", "DATE", "2025-03-13"),
    ("The summit is expected to open on Friday.", MON, "Friday", "DATE", "2025-03-21"),
    ("The summit opened on Friday.", MON, "Friday", "DATE", "2025-03-14"),
    ("Talks are scheduled for Wednesday.", MON, "Wednesday", "DATE", "2025-03-19"),
    ("The foreign minister plans to visit Kyiv on Saturday.", MON, "Saturday", "DATE", "2025-03-22"),
    ("The foreign minister visited Kyiv on Saturday.", MON, "Saturday", "DATE", "2025-03-15"),
    ("Officials said on Sunday that the deal was close.", MON, "Sunday", "DATE", "2025-03-16"),
    ("The delegation is going to arrive on Wednesday.", MON, "Wednesday", "DATE", "2025-03-19"),
    ("The delegation had arrived on Wednesday.", MON, "Wednesday", "DATE", "2025-03-12"),
    ("The vote will take place next Tuesday.", MON, "next Tuesday", "DATE", "2025-03-18"),
    # British counts of weeks from a day
    ("The talks will resume on Thursday week.", WED, "Thursday week", "DATE", "2025-03-27"),
    ("The vote is a fortnight on Monday.", WED, "a fortnight on Monday", "DATE", "2025-04-07"),
    ("Ministers will meet again a week tomorrow.", WED, "a week tomorrow", "DATE", "2025-03-27"),
    ("The envoys met a week last Friday.", WED, "a week last Friday", "DATE", "2025-03-07"),
    ("He spent a week on Monday's speech.", WED, "a week", "DURATION", "P1W"),
    ("The vote took place last Tuesday.", MON, "last Tuesday", "DATE", "2025-03-11"),
    ("The envoy arrived last Monday.", MON, "last Monday", "DATE", "2025-03-10"),
    ("Negotiators will return this coming Friday.", MON, "this coming Friday", "DATE", "2025-03-21"),
    ("The parliament can vote on Thursday.", MON, "Thursday", "DATE", "2025-03-20"),
    ("The leaders may sign the accord on Friday.", MON, "Friday", "DATE", "2025-03-21"),
    ("The leaders signed the accord on Friday.", WED, "Friday", "DATE", "2025-03-14"),
    ("The leaders will sign the accord on Friday.", WED, "Friday", "DATE", "2025-03-21"),
    ("The leaders signed the accord on Wednesday.", WED, "Wednesday", "DATE", "2025-03-19"),
    ("The ceasefire began on Sunday.", SUN, "Sunday", "DATE", "2025-03-16"),
    ("The ceasefire will begin on Monday.", SUN, "Monday", "DATE", "2025-03-17"),
    ("The ceasefire began on Monday.", SUN, "Monday", "DATE", "2025-03-10"),
    ("Tuesday's meeting was cancelled.", MON, "Tuesday", "DATE", "2025-03-11"),
    ("Aid could arrive as soon as Thursday.", MON, "Thursday", "DATE", "2025-03-20"),
    # reported speech: the weekday counts from the speech time
    ("The president said on Sunday that he would speak to his counterpart on Tuesday.", MON, "Tuesday",
     "DATE", "2025-03-18"),
    ("The president said on Sunday that he would speak to his counterpart on Tuesday.", WED, "Tuesday",
     "DATE", "2025-03-18"),
    ("The president said on Sunday that he would speak to his counterpart on Tuesday.", WED, "Sunday",
     "DATE", "2025-03-16"),
    ("The minister told reporters on Friday that she will fly to Ottawa on Monday.", WED, "Monday",
     "DATE", "2025-03-17"),
    # parts of the day
    ("Shelling resumed on Thursday evening.", MON, "Thursday evening", "TIME", "2025-03-13TEV"),
    ("The talks will resume on Thursday morning.", MON, "Thursday morning", "TIME", "2025-03-20TMO"),
    ("The ministers met late Wednesday night.", MON, "late Wednesday night", "TIME", "2025-03-12TNI"),
    ("The cabinet met this morning.", MON, "this morning", "TIME", "2025-03-17TMO"),
    ("The cabinet will meet this afternoon.", MON, "this afternoon", "TIME", "2025-03-17TAF"),
    ("The president will address the nation tonight.", MON, "tonight", "TIME", "2025-03-17TNI"),
    ("Explosions were heard last night.", MON, "last night", "TIME", "2025-03-16TNI"),
    ("The envoy arrived yesterday morning.", MON, "yesterday morning", "TIME", "2025-03-16TMO"),
    ("The envoy will leave tomorrow evening.", MON, "tomorrow evening", "TIME", "2025-03-18TEV"),
    ("The rebels attacked overnight.", MON, "overnight", "TIME", "2025-03-16TNI"),  # past: the night before
    ("Storms will hit the coast overnight.", MON, "overnight", "TIME", "2025-03-17TNI"),
    ("The ministry said the overnight attack killed five people.", WED, "overnight", "TIME", "2025-03-18TNI"),
    ("The ministry said on Wednesday that the overnight attack killed five people.", "2025-03-20T08:00:00",
     "overnight", "TIME", "2025-03-18TNI"),
    ("Later that evening the guests left.", MON, "Later that evening", "TIME", "2025-03-17TEV"),
    ("The talks ended on March 11. Later that evening the delegates left.", MON, "Later that evening", "TIME",
     "2025-03-11TEV"),
    # relative days
    ("The minister resigned today.", MON, "today", "DATE", "2025-03-17"),
    ("The minister resigned yesterday.", MON, "yesterday", "DATE", "2025-03-16"),
    ("The minister will resign tomorrow.", MON, "tomorrow", "DATE", "2025-03-18"),
    ("The minister resigned the day before yesterday.", MON, "the day before yesterday", "DATE", "2025-03-15"),
    ("The court will rule the day after tomorrow.", MON, "the day after tomorrow", "DATE", "2025-03-19"),
    ("Fighting broke out early yesterday.", MON, "early yesterday", "DATE", "2025-03-16"),
    ("The talks ended on March 11. The next day the delegates flew home.", MON, "The next day", "DATE",
     "2025-03-12"),
    ("The talks ended on March 11. The following day the delegates flew home.", MON, "The following day",
     "DATE", "2025-03-12"),
    ("The talks ended on March 11. The same day the delegates flew home.", MON, "The same day", "DATE",
     "2025-03-11"),
    ("The talks ended on March 11. The previous day the delegates had arrived.", MON, "The previous day",
     "DATE", "2025-03-10"),
    # weeks, weekends
    ("The leaders will meet this week.", MON, "this week", "DATE", "2025-W12"),
    ("The leaders met last week.", MON, "last week", "DATE", "2025-W11"),
    ("The leaders will meet next week.", MON, "next week", "DATE", "2025-W13"),
    ("Fighting eased over the weekend.", MON, "the weekend", "DATE", "2025-W11-WE"),
    ("A lot of work was done over the weekend.", MON, "the weekend", "DATE", "2025-W11-WE"),
    ("Protests are planned for this weekend.", MON, "this weekend", "DATE", "2025-W12-WE"),
    ("Protests took place last weekend.", MON, "last weekend", "DATE", "2025-W11-WE"),
    ("Protests will take place next weekend.", MON, "next weekend", "DATE", "2025-W13-WE"),
    ("The envoy returned earlier this week.", WED, "earlier this week", "DATE", "2025-W12"),
    ("Talks are due to resume early next week.", MON, "early next week", "DATE", "2025-W13"),
    ("The cabinet met last week.", DEC, "last week", "DATE", "2024-W52"),
    ("The cabinet meets this week.", DEC, "this week", "DATE", "2025-W01"),
    ("The week of talks in the past week was tense.", MON, "the past week", "DURATION", "P1W"),
    ("In the past week, prices rose.", MON, "the past week", "DURATION", "P1W"),
    # months and years
    ("The accord was signed in April.", AUG, "April", "DATE", "2025-04"),
    ("The accord will be signed in April.", AUG, "April", "DATE", "2026-04"),
    ("The accord was signed in December.", JAN, "December", "DATE", "2024-12"),
    ("The accord will be signed in December.", JAN, "December", "DATE", "2025-12"),
    ("The election is due in November.", AUG, "November", "DATE", "2025-11"),
    ("The army withdrew in late November.", JAN, "late November", "DATE", "2024-11"),
    ("The treaty expires in early 2026.", MON, "early 2026", "DATE", "2026"),
    ("The talks collapsed last month.", MON, "last month", "DATE", "2025-02"),
    ("The talks will resume next month.", MON, "next month", "DATE", "2025-04"),
    ("The talks resumed earlier this month.", MON, "earlier this month", "DATE", "2025-03"),
    ("The talks will resume later this month.", MON, "later this month", "DATE", "2025-03"),
    ("The talks collapsed last month.", JAN, "last month", "DATE", "2024-12"),
    ("The embassy reopened this year.", MON, "this year", "DATE", "2025"),
    ("The embassy closed last year.", MON, "last year", "DATE", "2024"),
    ("The embassy will reopen next year.", MON, "next year", "DATE", "2026"),
    ("The embassy closed last year.", JAN, "last year", "DATE", "2024"),
    ("The embassy closed a year earlier.", MON, "a year earlier", "DATE", "2024"),
    ("The embassy closed a year ago.", MON, "a year ago", "DATE", "2024"),
    ("The embassy closed two years ago.", MON, "two years ago", "DATE", "2023"),
    ("The embassy closed three months ago.", MON, "three months ago", "DATE", "2024-12"),
    ("The embassy closed two weeks ago.", MON, "two weeks ago", "DATE", "2025-W10"),
    ("The embassy closed ten days ago.", MON, "ten days ago", "DATE", "2025-03-07"),
    ("The embassy closed 5 days ago.", MON, "5 days ago", "DATE", "2025-03-12"),
    ("The embassy will reopen two weeks from now.", MON, "two weeks from now", "DATE", "2025-W14"),
    ("The war began in 2022.", MON, "2022", "DATE", "2022"),
    ("The war began in February 2022.", MON, "February 2022", "DATE", "2022-02"),
    ("The war began on February 24, 2022.", MON, "February 24, 2022", "DATE", "2022-02-24"),
    ("The war began on 24 February 2022.", MON, "24 February 2022", "DATE", "2022-02-24"),
    ("The treaty was signed in mid-2019.", MON, "mid-2019", "DATE", "2019"),
    ("The tariffs were raised in July last year.", MON, "July last year", "DATE", "2024-07"),
    # a plain present verb above a dated noun says nothing about the noun's time: the nearest July
    ("The signing follows a first round of talks in July.", AUG, "July", "DATE", "2025-07"),
    ("The accord builds on the summit in June.", AUG, "June", "DATE", "2025-06"),
    ("The ministers meet in July.", AUG, "July", "DATE", "2026-07"),
    ("The election on Sunday pits the president against a former diplomat.", THU, "Sunday", "DATE", "2024-07-28"),
    ("The accord was signed last April.", MON, "last April", "DATE", "2024-04"),
    ("The accord will be signed this September.", MON, "this September", "DATE", "2025-09"),
    ("Elections are due in May.", MON, "May", "DATE", "2025-05"),
    ("The ministers may meet again soon.", MON, "soon", "DATE", "FUTURE_REF"),
    ("Envoys held March 11 talks in Jeddah.", MON, "March 11", "DATE", "2025-03-11"),
    ("The envoy met the president on March 14.", MON, "March 14", "DATE", "2025-03-14"),
    ("The envoy will meet the president on March 24.", MON, "March 24", "DATE", "2025-03-24"),
    ("The envoy will meet the president on March 3.", "2025-04-20T10:00:00", "March 3", "DATE", "2026-03-03"),
    ("The envoy met the president on Dec. 28.", JAN, "Dec. 28", "DATE", "2024-12-28"),
    ("The envoy will meet the president on Jan. 3.", DEC, "Jan. 3", "DATE", "2025-01-03"),
    ("The envoy met the president on Tuesday, March 11.", MON, "Tuesday, March 11", "DATE", "2025-03-11"),
    ("The dividend is payable Dec. 7.", NOV, "Dec. 7", "DATE", "2024-12-07"),
    # numeric dates
    ("The decree is dated 2025-03-14.", MON, "2025-03-14", "DATE", "2025-03-14"),
    ("The decree is dated 03/14/2025.", MON, "03/14/2025", "DATE", "2025-03-14"),
    ("The decree is dated 14.03.2025.", MON, "14.03.2025", "DATE", "2025-03-14"),
    ("The decree is dated 25/12/2024.", MON, "25/12/2024", "DATE", "2024-12-25"),
    # ranges
    ("The forum runs 23-25 March.", MON, "23-25 March", "DATE", "2025-03-23", "2025-03-25"),
    ("The forum will run from March 3 to 5.", JAN, "March 3 to 5", "DATE", "2025-03-03", "2025-03-05"),
    ("Talks will be held between Monday and Wednesday.", SUN, "Monday and Wednesday", "DATE", "2025-03-17",
     "2025-03-19"),
    ("Talks will be held from Tuesday to Thursday.", MON, "Tuesday to Thursday", "DATE", "2025-03-18",
     "2025-03-20"),
    ("The fair ran May 2-4, 2024.", MON, "May 2-4, 2024", "DATE", "2024-05-02", "2024-05-04"),
    # quarters, halves, fiscal years
    ("Profits rose in the third quarter.", NOV, "the third quarter", "DATE", "2024-Q3"),
    ("Profits rose in the first quarter of 2024.", MON, "the first quarter of 2024", "DATE", "2024-Q1"),
    ("Profits fell in the fourth quarter.", JAN, "the fourth quarter", "DATE", "2024-Q4"),
    ("Third-quarter profits rose.", NOV, "Third-quarter", "DATE", "2024-Q3"),
    ("Profits will rise next quarter.", MON, "next quarter", "DATE", "2025-Q2"),
    ("Profits rose last quarter.", MON, "last quarter", "DATE", "2024-Q4"),
    ("Profits rose this quarter.", MON, "this quarter", "DATE", "2025-Q1"),
    ("Sales rose in the first half of 2024.", MON, "the first half of 2024", "DATE", "2024-H1"),
    ("Sales will rise in the second half of this year.", MON, "the second half of this year", "DATE",
     "2025-H2"),
    ("The budget for fiscal 2026 was approved.", MON, "fiscal 2026", "DATE", "2026"),
    ("The deficit widened in the current fiscal year.", MON, "the current fiscal year", "DATE", "2025"),
    ("The deficit widened last fiscal year.", MON, "last fiscal year", "DATE", "2024"),
    ("Earnings in the third quarter rose, compared with a year earlier.", NOV, "a year earlier", "DATE",
     "2023-Q3"),
    # seasons
    ("The offensive began last summer.", MON, "last summer", "DATE", "2024-SU"),
    ("The offensive will begin this summer.", MON, "this summer", "DATE", "2025-SU"),
    ("The offensive will begin next spring.", MON, "next spring", "DATE", "2026-SP"),
    ("The offensive began in the winter of 2022.", MON, "the winter of 2022", "DATE", "2022-WI"),
    ("The offensive began last fall.", MON, "last fall", "DATE", "2024-FA"),
    ("The offensive stalled last winter.", MON, "last winter", "DATE", "2024-WI"),
    ("The offensive stalled this winter.", JAN, "this winter", "DATE", "2024-WI"),
    ("The offensive began in spring.", AUG, "spring", "DATE", "2025-SP"),
    ("Prices may fall in autumn.", MON, "autumn", "DATE", "2025-FA"),
    # decades and centuries
    ("The dispute dates back to the 1990s.", MON, "the 1990s", "DATE", "199X"),
    ("The dispute dates back to the early 1980s.", MON, "the early 1980s", "DATE", "198X"),
    ("The dispute dates back to the '70s.", MON, "the '70s", "DATE", "197X"),
    ("The dispute dates back to the nineties.", MON, "the nineties", "DATE", "199X"),
    ("The border was drawn in the 19th century.", MON, "the 19th century", "DATE", "18"),
    ("The border was drawn in the twentieth century.", MON, "the twentieth century", "DATE", "19"),
    ("The border was drawn in the 2000s.", MON, "the 2000s", "DATE", "200X"),
    # durations
    ("Ukraine agreed to a 30-day ceasefire.", MON, "30-day", "DURATION", "P30D"),
    ("The ceasefire will last 30 days.", MON, "30 days", "DURATION", "P30D"),
    ("The talks lasted a week.", MON, "a week", "DURATION", "P1W"),
    ("The hostages were held for 48 hours.", MON, "48 hours", "DURATION", "PT48H"),
    ("The siege lasted two years.", MON, "two years", "DURATION", "P2Y"),
    ("The siege lasted five months.", MON, "five months", "DURATION", "P5M"),
    ("The dispute has gone on for years.", MON, "years", "DURATION", "PXY"),
    ("The dispute has gone on for several years.", MON, "several years", "DURATION", "PXY"),
    ("The dispute has gone on for a few weeks.", MON, "a few weeks", "DURATION", "PXW"),
    ("Prices rose over the past two months.", MON, "the past two months", "DURATION", "P2M"),
    ("Prices will rise over the next three years.", MON, "the next three years", "DURATION", "P3Y"),
    ("Sales rose in the first nine months.", MON, "the first nine months", "DURATION", "P9M"),
    ("The meeting lasted 90 minutes.", MON, "90 minutes", "DURATION", "PT90M"),
    ("The meeting lasted about an hour.", MON, "about an hour", "DURATION", "PT1H"),
    ("The meeting lasted more than four hours.", MON, "more than four hours", "DURATION", "PT4H"),
    ("The mission lasted nearly a decade.", MON, "nearly a decade", "DURATION", "P10Y"),
    ("The mission lasted two decades.", MON, "two decades", "DURATION", "P20Y"),
    ("The mission lasted 2 1/2 years.", MON, "2 1/2 years", "DURATION", "P2Y6M"),
    ("The mission lasted a fortnight.", MON, "a fortnight", "DURATION", "P2W"),
    ("The mission took twenty-four days.", MON, "twenty-four days", "DURATION", "P24D"),
    ("A five-year plan was adopted.", MON, "five-year", "DURATION", "P5Y"),
    ("The court gave them two days after the ruling.", MON, "two days", "DURATION", "P2D"),
    ("The treaty has held for centuries.", MON, "centuries", "DURATION", "PXCE"),
    # present, past and future references
    ("The two sides are now talking.", MON, "now", "DATE", "PRESENT_REF"),
    ("The two sides are currently talking.", MON, "currently", "DATE", "PRESENT_REF"),
    ("The two sides recently resumed talks.", MON, "recently", "DATE", "PAST_REF"),
    ("Such talks failed in the past.", MON, "the past", "DATE", "PAST_REF"),
    ("Such talks may succeed in the future.", MON, "the future", "DATE", "FUTURE_REF"),
    ("The two sides will meet soon.", MON, "soon", "DATE", "FUTURE_REF"),
    ("The issue is delicate at the moment.", MON, "at the moment", "DATE", "PRESENT_REF"),
    ("The issue has grown in recent years.", MON, "recent years", "DATE", "PAST_REF"),
    ("Border clashes have flared in recent decades.", MON, "recent decades", "DATE", "PAST_REF"),
    ("Right now the two sides are not talking.", MON, "Right now", "DATE", "PRESENT_REF"),
    ("Prices have climbed in recent weeks.", MON, "recent weeks", "DURATION", "PXW"),
    ("The issue will grow in the coming months.", MON, "the coming months", "DURATION", "PXM"),
    ("Rates may fall in coming weeks.", MON, "coming weeks", "DURATION", "PXW"),
    ("The issue is delicate these days.", MON, "these days", "DATE", "PRESENT_REF"),
    # sets
    ("The council meets every Monday.", MON, "every Monday", "SET", "XXXX-WXX-1"),
    ("The council meets each Friday.", MON, "each Friday", "SET", "XXXX-WXX-5"),
    ("The council meets daily.", MON, "daily", "SET", "P1D"),
    ("The council meets weekly.", MON, "weekly", "SET", "P1W"),
    ("The council meets monthly.", MON, "monthly", "SET", "P1M"),
    ("The report is published annually.", MON, "annually", "SET", "P1Y"),
    ("The council meets every day.", MON, "every day", "SET", "P1D"),
    ("The council meets every year.", MON, "every year", "SET", "P1Y"),
    ("The council meets twice a week.", MON, "twice a week", "SET", "P1W"),
    ("Aid costs $5 billion a year.", MON, "a year", "SET", "P1Y"),
    ("The council meets on Mondays.", MON, "Mondays", "SET", "XXXX-WXX-1"),
    ("The council meets every two weeks.", MON, "every two weeks", "SET", "P2W"),
    ("The patrols run every other day.", MON, "every other day", "SET", "P2D"),
    # times and zones
    ("The summit opens at 10 a.m.", MON, "10 a.m.", "TIME", "2025-03-17T10:00"),
    ("The summit opened at 10:35 a.m. on Friday.", MON, "10:35 a.m. on Friday", "TIME", "2025-03-14T10:35"),
    ("The summit opens at 3 p.m. EST.", MON, "3 p.m. EST", "TIME", "2025-03-17T15:00"),
    ("The call is set for 14:30 GMT.", MON, "14:30 GMT", "TIME", "2025-03-17T14:30"),
    ("The deadline is noon Thursday.", MON, "noon Thursday", "TIME", "2025-03-20T12:00"),
    ("The ceasefire began at midnight.", MON, "midnight", "TIME", "2025-03-16T24"),  # the midnight just gone
    ("The vote closed at 8 pm on Sunday.", MON, "8 pm on Sunday", "TIME", "2025-03-16T20:00"),
    ("The blast happened two hours ago.", MON, "two hours ago", "TIME", "2025-03-17T07:54"),
    ("The ceremony started around 7:15 p.m.", MON, "around 7:15 p.m.", "TIME", "2025-03-17T19:15"),
    # time zone of the anchor: the local day counts
    ("The prime minister spoke today.", "2025-03-17T23:30:00-05:00", "today", "DATE", "2025-03-17"),
    ("The prime minister spoke yesterday.", "2025-03-18T01:30:00+10:00", "yesterday", "DATE", "2025-03-17"),
    ("The prime minister will speak on Tuesday.", "2025-03-17T23:50:00+10:00", "Tuesday", "DATE",
     "2025-03-18"),
    # year rollover
    ("The talks will resume next month.", DEC, "next month", "DATE", "2025-01"),
    ("The talks will resume next year.", DEC, "next year", "DATE", "2025"),
    ("The talks will resume on Friday.", DEC, "Friday", "DATE", "2025-01-03"),
    ("The talks resumed on Friday.", JAN, "Friday", "DATE", "2025-01-10"),
    ("The talks resumed on Saturday.", JAN, "Saturday", "DATE", "2025-01-04"),
    ("The talks will resume tomorrow.", "2024-12-31T10:00:00", "tomorrow", "DATE", "2025-01-01"),
    ("The talks resumed yesterday.", "2025-01-01T10:00:00", "yesterday", "DATE", "2024-12-31"),
    ("The accord was signed in November.", JAN, "November", "DATE", "2024-11"),
    ("The accord will be signed in February.", DEC, "February", "DATE", "2025-02"),
    # holidays
    ("The truce held over Christmas.", JAN, "Christmas", "DATE", "2024-12-25"),
    ("The truce will hold over Christmas.", AUG, "Christmas", "DATE", "2025-12-25"),
    ("The hostages were freed on Christmas Eve.", JAN, "Christmas Eve", "DATE", "2024-12-24"),
    ("The talks resume after Easter.", MON, "Easter", "DATE", "2025-04-20"),
    ("The parade is on Independence Day.", MON, "Independence Day", "DATE", "2025-07-04"),
    ("The summit ended before Thanksgiving.", "2024-12-05T10:00:00", "Thanksgiving", "DATE", "2024-11-28"),
    ("The speech was given on New Year's Day.", JAN, "New Year's Day", "DATE", "2025-01-01"),
    # anaphora and relative to other expressions
    ("The war began in 2022. That year, prices soared.", MON, "That year", "DATE", "2022"),
    ("The talks began on March 3. Two days later the envoys left.", MON, "Two days later", "DATE",
     "2025-03-05"),
    ("The talks began on March 3. A week later the envoys left.", MON, "A week later", "DATE", "2025-03-10"),
    ("The war began in 2022. A year later, prices soared.", MON, "A year later", "DATE", "2023"),
    # error classes found in the development corpus
    ("The company said third-quarter profit rose.", NOV, "third-quarter", "DATE", "2024-Q3"),
    ("Profit rose from the year-earlier period.", NOV, "the year-earlier period", "DATE", "2023"),
    ("Shares fell yesterday's session.", MON, "yesterday", "DATE", "2025-03-16"),
    ("The deal closed Aug. 26 to Oct. 20.", NOV, "Aug. 26", "DATE", "2024-08-26"),
    ("The deal closed Aug. 26 to Oct. 20.", NOV, "Oct. 20", "DATE", "2024-10-20"),
    ("The offer was extended to Nov. 20.", NOV, "Nov. 20", "DATE", "2024-11-20"),
    ("The ban was lifted last May.", MON, "last May", "DATE", "2024-05"),
    ("The rebels fought throughout the year.", MON, "the year", "DURATION", "P1Y"),
    ("Revenue rose 8% in the year ended March 31.", "2025-05-17T09:54:27", "the year", "DURATION", "P1Y"),
    ("For the year, volume was flat, the company said.", MON, "the year", "DATE", "2025"),
    ("The decision was announced Wednesday.", "2025-03-21T10:00:00", "Wednesday", "DATE", "2025-03-19"),
    ("Witnesses said the attack came early Tuesday.", MON, "early Tuesday", "DATE", "2025-03-11"),
    ("The index rose 2% in 2024.", MON, "2024", "DATE", "2024"),
    # future in quotes with contractions, straight or curly
    ("\u201cI\u2019ll be speaking to President Putin on Tuesday,\u201d Trump said.", MON, "Tuesday", "DATE", "2025-03-18"),
    ("\"I'll be speaking to President Putin on Tuesday,\" Trump said.", MON, "Tuesday", "DATE", "2025-03-18"),
    ("\u201cWe\u2019ll announce the list on Friday,\u201d the spokesman said.", MON, "Friday", "DATE", "2025-03-21"),
    ("\u201cThey won\u2019t sign on Thursday,\u201d an aide said.", MON, "Thursday", "DATE", "2025-03-20"),
    ("\u201cShe\u2019d rather fly on Saturday,\u201d an aide said.", MON, "Saturday", "DATE", "2025-03-22"),
    ("\u201cShe\u2019d fly on Saturday if asked,\u201d an aide said.", MON, "Saturday", "DATE", "2025-03-22"),
    # a plan told in the past perfect lies in the past
    ("The offer had been scheduled to expire on Friday.", MON, "Friday", "DATE", "2025-03-14"),
    ("The offer had been due to expire on Friday evening.", MON, "Friday evening", "TIME", "2025-03-14TEV"),
    ("NATO pushed back a deadline that had been due to run out Saturday.", "2025-03-21T10:00:00", "Saturday", "DATE",
     "2025-03-22"),
    # a clause beside the reporting verb is not what was said
    ("The envoy had said on Friday that a vote would come by Tuesday, but after the summit on Sunday the allies "
     "gave up.", MON, "Sunday", "DATE", "2025-03-16"),
    ("A council meeting planned for Wednesday was brought forward to Tuesday morning.", MON, "Tuesday morning",
     "TIME", "2025-03-18TMO"),
    ("The truce is to take effect on Monday at 9:45pm, 48 hours after the signing.", "2023-05-20T10:00:00",
     "48 hours", "DURATION", "PT48H"),
    ("Forces were ordered to stop firing at 1800 local time (1500 GMT).", MON, "1800", "TIME", "2025-03-17T18:00"),
    # a main verb the lemmatizer does not know is a past when a singular subject leaves it without -s
    ("Ukraine retook the Kharkiv region in September.", "2023-02-24T10:00:00", "September", "DATE", "2022-09"),
    ("Rebels attack the convoys every few days.", MON, "every few days", "SET", "PXD"),
    ("The company was founded at the turn of the century.", MON, "the turn of the century", "DATE", "2000"),
    ("Shops closed for the holiday weekend.", MON, "the holiday weekend", "DATE", "2025-W11-WE"),
    ("On Saturday the talks ran until dusk.", MON, "dusk", "TIME", "2025-03-15TEV"),
    ("The talks broke up late in the afternoon.", MON, "late in the afternoon", "TIME", "2025-03-17TAF"),
    ("Investors will look to Friday's jobs report.", MON, "Friday", "DATE", "2025-03-21"),
    ("Vigils are planned in 100 cities this evening and over the weekend.", "2025-03-21T19:00:00", "the weekend",
     "DATE", "2025-W12-WE"),
    ("The signing has been put off until after the elections on June 7, diplomats said.", "2026-04-30T10:00:00",
     "June 7", "DATE", "2026-06-07"),
    ("The agreement builds on the results of the previous meeting, in October.", JAN, "October", "DATE", "2024-10"),
    ("Both sides look to the next round, in March.", JAN, "March", "DATE", "2025-03"),
    ("Crews worked through the night to shore up a levee.", MON, "the night", "TIME", "2025-03-16TNI"),
    ("The deal was signed on Saturday, and celebrations continued into the night.", MON, "the night", "TIME",
     "2025-03-15TNI"),
    # Hijri dates, from the Umm al-Qura calendar; without a year, the occurrence the tense points to
    ("Talks began in Muscat on 9 Ramadan.", "2027-02-17T10:00:00", "9 Ramadan", "DATE", "2027-02-16"),
    ("The accord was agreed on 24 Rabi' al-Akhir 1448 AH.", MON, "24 Rabi' al-Akhir 1448 AH", "DATE",
     "2026-10-05"),
    ("Riyadh, Ramadan 10, 1448 -- The kingdom welcomed the deal.", MON, "Ramadan 10, 1448", "DATE", "2027-02-17"),
    # a number inside a longer one is no year
    ("The council issued press release SC/16211 on Tuesday.", MON, "Tuesday", "DATE", "2025-03-11"),
    # "this week" told on a Sunday about what is to come is the week that starts tomorrow
    ("The squad will fly to Canada this week.", SUN, "this week", "DATE", "2025-W12"),
    ("The squad flew home this week.", SUN, "this week", "DATE", "2025-W11"),
    # "the previous summer" after a day, or with none, is the last summer before it
    ("Both sides had hoped for a deal at Camp David the previous summer.", "2000-12-31T10:00:00",
     "the previous summer", "DATE", "2000-SU"),
    # a diary's day heading dates the clock times of its items, up to a blank line; no expression runs over one
    ("Diary\n\nTUESDAY, March 18\n- The president meets the prime minister at about 11:30 a.m.\n\nFRIDAY, "
     "March 21\n- Closing news conference around 4 p.m.", SUN, "about 11:30 a.m.", "TIME", "2025-03-18T11:30"),
    ("Diary\n\nTUESDAY, March 18\n- The president meets the prime minister at about 11:30 a.m.\n\nFRIDAY, "
     "March 21\n- Closing news conference around 4 p.m.", SUN, "around 4 p.m.", "TIME", "2025-03-21T16:00"),
    ("Parliament reconvenes on the first Monday in October.", MON, "the first Monday in October", "DATE",
     "2025-10-06"),
    ("The court opened on the last Friday of June 2009.", MON, "the last Friday of June 2009", "DATE",
     "2009-06-26"),
    ("The offer is scheduled to expire on Friday.", MON, "Friday", "DATE", "2025-03-21"),
    # a date followed by a colon keeps its day
    ("The paper wrote in an editorial on Saturday, April 25: the ruling was wrong.", "1998-04-24T21:00:00",
     "Saturday, April 25", "DATE", "1998-04-25"),
    # years read out
    ("In nineteen ninety-one the banker was convicted.", MON, "nineteen ninety-one", "DATE", "1991"),
    ("The ruling was overturned in nineteen ninety-six.", MON, "nineteen ninety-six", "DATE", "1996"),
    ("The target was set for the year two thousand.", MON, "the year two thousand", "DATE", "2000"),
    ("The law expires in two thousand and thirty.", MON, "two thousand and thirty", "DATE", "2030"),
    ("Prices peaked in January nineteen ninety-seven.", MON, "January nineteen ninety-seven", "DATE", "1997-01"),
    ("It was built in the winter of nineteen ninety-four.", MON, "the winter of nineteen ninety-four", "DATE",
     "1994-WI"),
    ("A nineteen eighty-nine report found the flaw.", MON, "nineteen eighty-nine", "DATE", "1989"),
    # "the week" of the day being reported
    ("The index fell 2% on Friday. For the week, it lost 3%.", MON, "the week", "DATE", "2025-W11"),
    ("Thursday was the busiest session of the week.", WED, "the week", "DATE", "2025-W11"),
    # the period being reported: the quarter named before
    ("Profit rose in the third quarter. Sales in the latest period were flat.", NOV, "the latest period", "DATE",
     "2024-Q3"),
    ("Profit rose in the third quarter. In the 2024 period, costs fell.", NOV, "the 2024 period", "DATE",
     "2024-Q3"),
    # reported by the events engineer on real articles
    ("The statement was issued at 2025-06-16T11:05:00+08:00 by the ministry.", "2025-06-16T12:00:00",
     "2025-06-16T11:05:00+08:00", "TIME", "2025-06-16T11:05:00"),
    ("The log shows 2025-06-16T11:05Z.", "2025-06-16T12:00:00", "2025-06-16T11:05Z", "TIME", "2025-06-16T11:05"),
    ("The ministry redrafted the proposal over the summer.", SEP, "the summer", "DATE", "2024-SU"),
    ("Officials met during the winter to discuss the plan.", SEP, "the winter", "DATE", "2023-WI"),
    ("The ministry will redraft the proposal over the summer.", "2024-03-12T10:00:00", "the summer", "DATE",
     "2024-SU"),
    ("Farmers will rest over the winter.", SEP, "the winter", "DATE", "2024-WI"),
    ("Supporters rally before Sunday's presidential vote.", THU, "Sunday", "DATE", "2024-07-28"),
    ("Thousands rally in Caracas before Sunday's presidential vote", THU, "Sunday", "DATE", "2024-07-28"),
    ("Candidates make final pitch ahead of Sunday's election.", THU, "Sunday", "DATE", "2024-07-28"),
    ("Sunday's vote was marred by violence.", THU, "Sunday", "DATE", "2024-07-21"),
    ("Sunday's vote will decide the presidency.", THU, "Sunday", "DATE", "2024-07-28"),
    ("Friday's report shows that hiring slowed.", THU, "Friday", "DATE", "2024-07-19"),
    ("The strike began shortly after midnight on Monday.", TUE, "midnight on Monday", "TIME",
     "2024-07-29T00:00"),
    ("The strike began Monday midnight.", TUE, "Monday midnight", "TIME", "2024-07-29T24"),
    ("The deadline expires at midnight on Friday.", TUE, "midnight on Friday", "TIME", "2024-08-02T24"),
    ("The summit ended on July 3. The day before, the leaders met.", TUE, "The day", "DATE", "2024-07-02"),
    ("The summit ended on July 3. The leaders had met the day before.", TUE, "the day", "DATE", "2024-07-02"),
    ("The summit ended on July 3. The leaders met the day after, officials said.", TUE, "the day", "DATE",
     "2024-07-04"),
    ("Trading halted on Oct. 12, the day before the plunge.", TUE, "the day", "DATE", "2023-10-12"),
    ("The summit ended on July 3. A day earlier, the leaders met.", TUE, "A day earlier", "DATE", "2024-07-02"),
    ("The summit ended on July 3. Two days after the summit, the leaders met.", TUE, "Two days", "DATE",
     "2024-07-05"),
    ("The summit ended on July 3. The same day the leaders flew home.", TUE, "The same day", "DATE",
     "2024-07-03"),
    # no day mentioned in this sentence or the one before: left unresolved, never guessed (a counted
    # stretch such as "a day earlier" then says only how long it is)
    ("The leaders met the same day.", TUE, "the same day", "DATE", None),
    ("The leaders met the next day.", TUE, "the next day", "DATE", None),
    ("The leaders met a day earlier.", TUE, "a day", "DURATION", "P1D"),
    ("The leaders met the day before.", TUE, "the day", "DATE", None),
    ("The summit ended on July 3. The talks dragged on. Weeks passed. The next day they left.", TUE,
     "The next day", "DATE", None),
    ("The summit ended on July 3. The court gave them two days after the ruling.", TUE, "two days",
     "DURATION", "P2D"),
    ("The envoys arrived on July 3. Protesters gathered the day after their arrival.", TUE, "the day", "DATE",
     "2024-07-04"),
    # a plain-present tag on a past form: "hurt", "cut", "shed" with a singular subject
    ("Weakness in bank shares hurt the index on Friday.", MON, "Friday", "DATE", "2025-03-14"),
    ("The central bank cut its main rate on Thursday.", MON, "Thursday", "DATE", "2025-03-13"),
    ("Exporters cut prices on Thursday.", MON, "Thursday", "DATE", "2025-03-20"),
    # the month after publication stays ahead even in a past-tense clause
    ("The ministry told refiners of a cut in supplies in April.", MON, "April", "DATE", "2025-04"),
    ("The ministry announced a cut in supplies in February.", MON, "February", "DATE", "2025-02"),
    # quarters: one still to come is not the quarter being reported
    ("Profit rose in the fourth quarter. A recovery is expected by the third quarter of 2025. In the "
     "year-ago period, the company lost money.", JAN, "the year-ago period", "DATE", "2023-Q4"),
    ("Profit rose in the third quarter. Sales for last year's quarter were flat.", NOV,
     "last year's quarter", "DATE", "2023-Q3"),
    # sets of months and seasons
    ("The fair is held each July.", MON, "each July", "SET", "XXXX-07"),
    ("The river floods every spring.", MON, "every spring", "SET", "XXXX-SP"),
    ("Monitors file dozens of reports a day.", MON, "a day", "SET", "P1D"),
    ("The airline runs four flights a week to Delhi.", MON, "a week", "SET", "P1W"),
    # anaphoric weekdays
    ("On Friday the index fell 2%, down from the previous Friday.", MON, "the previous Friday", "DATE",
     "2025-03-07"),
    ("The talks opened on March 3. The following Monday, the envoys left.", MON, "The following Monday",
     "DATE", "2025-03-10"),
    # halves
    ("The hearing lasted a minute and a half.", MON, "a minute and a half", "DURATION", "PT1M30S"),
    ("Negotiators talked for two and a half hours.", MON, "two and a half hours", "DURATION", "PT2H30M"),
    ("The truce collapsed a year and a half ago.", MON, "a year and a half ago", "DATE", "2023-09"),
    # TimeML extents: "earlier"/"later" and "the" before a count belong to the expression, "or so" too
    ("Sales fell in the nine months to September.", MON, "the nine months", "DURATION", "P9M"),
    ("Prices should stay high for the next year or so.", MON, "the next year or so", "DATE", "2026"),
    ("Aid will flow for two weeks or so.", MON, "two weeks or so", "DURATION", "P2W"),
    # "later in the week" after a past day: that day's week when told in the past, this week when ahead
    ("Envoys met on Thursday. Talks will resume later in the week.", MON, "later in the week", "DATE",
     "2025-W12"),
    ("Envoys met on Thursday. Later in the week they flew home.", MON, "Later in the week", "DATE", "2025-W11"),
    ("The first blast came at noon. A second one came two hours later.", MON, "two hours later", "TIME",
     "2025-03-17T14:00"),
    ("Hearings are set for the week of March 24.", MON, "the week of March 24", "DATE", "2025-W13"),
    ("For now, the embassy stays shut.", MON, "now", "DATE", "PRESENT_REF"),
    # business shorthand, spans of years, days of the month, weeks of a month
    ("Exports rose in Q3 2024.", MON, "Q3 2024", "DATE", "2024-Q3"),
    ("Orders grew in H1 2024.", MON, "H1 2024", "DATE", "2024-H1"),
    ("Profits fell in the Q4.", MON, "Q4", "DATE", "2024-Q4"),
    ("She served as envoy in 2019-2021.", MON, "2019-2021", "DATE", "2019", "2021"),
    ("The mission ran from 2014–16.", MON, "2014–16", "DATE", "2014", "2016"),
    ("The talks ended on the 14th.", MON, "the 14th", "DATE", "2025-03-14"),
    ("The talks ended on the 24th.", MON, "the 24th", "DATE", "2025-02-24"),
    ("The envoys will return on the 2nd.", MON, "the 2nd", "DATE", "2025-04-02"),
    ("Talks are expected to resume in the second week of April.", MON, "the second week of April", "DATE",
     "2025-W15"),
    ("Aid arrived in the last week of February.", MON, "the last week of February", "DATE", "2025-W09"),
    # a week belongs to the month that holds its Thursday: November 2026 begins on a Sunday
    ("The summit is planned for the first week of November.", "2026-10-20T10:00:00", "the first week of November",
     "DATE", "2026-W45"),
    ("The summit is planned for the second week of November.", "2026-10-20T10:00:00",
     "the second week of November", "DATE", "2026-W46"),
    # a dated list line gives its year to the months and days in it
    ("Talks so far\n\n2019: A second attempt, in August, fails.\n\n2023: Envoys meet on May 4.",
     "2026-10-27T16:05:00", "August", "DATE", "2019-08"),
    ("Talks so far\n\n2019: A second attempt, in August, fails.\n\n2023: Envoys meet on May 4.",
     "2026-10-27T16:05:00", "May 4", "DATE", "2023-05-04"),
    ("The two sides will hold talks in Lahore on Oct 27 and 28.", "2026-10-14T10:00:00", "Oct 27 and 28", "DATE",
     "2026-10-27", "2026-10-28"),
    ("Votes were held on March 3 and 5.", MON, "March 3", "DATE", "2025-03-03"),
    # zone abbreviations count in capitals only: "eat" after a clock time is a verb, not East Africa Time
    ("Crews stop at 1 pm eat lunch and return.", MON, "1 pm", "TIME", "2025-03-17T13:00"),
    # a weekday alone on its line labels the item below it: a diary in the present tense looks ahead
    ("THE WEEK AHEAD\n\nMONDAY\n\nDoha: Envoys on Afghanistan meet for the fourth time.", SUN, "MONDAY", "DATE",
     "2025-03-17"),
    ("LAST WEEK\n\nTUESDAY\n\nTashkent: Officials met to finalise the declaration.", SUN, "TUESDAY", "DATE",
     "2025-03-11"),
    ("The parties would exchange detainees at the border crossing on Sunday, officials said.", WED, "Sunday", "DATE",
     "2025-03-23"),
    ("The visit, which Myanmar had proposed for the first week of November, was put off.", "2026-10-27T16:05:00",
     "the first week of November", "DATE", "2026-W45"),
    ("The ministry, in a statement issued at 11:45 pm PKT on Wednesday, welcomed the talks.", "2026-10-29T10:00:00",
     "11:45 pm PKT on Wednesday", "TIME", "2026-10-28T23:45"),
    ("The minister resigned weeks after the election.", MON, "weeks", "DURATION", "PXW"),
    ("Leaders pledged to cut emissions over the coming decade.", MON, "the coming decade", "DURATION", "P10Y"),
    ("Explosions shook the capital in the early hours of Sunday.", MON, "the early hours of Sunday", "DATE",
     "2025-03-16"),
    ("The strike came in the early hours of Friday, Feb. 28.", MON, "the early hours of Friday, Feb. 28", "DATE",
     "2025-02-28"),
    ("The sanctions will be reviewed in six months' time.", MON, "six months' time", "DATE", "2025-09"),
    ("The envoys return in two weeks\u2019 time.", MON, "two weeks\u2019 time", "DATE", "2025-W14"),
    ("Elections are scheduled for the autumn.", MON, "the autumn", "DATE", "2025-FA"),
    # a deadline set in the past may still be ahead: "until" and "by" take the closest day
    ("The agency extended its deadline until 9 a.m. Tuesday.", MON, "9 a.m. Tuesday", "TIME", "2025-03-18T09:00"),
    ("The court gave the family until Friday to appeal.", MON, "Friday", "DATE", "2025-03-14"),
    ("The court gave the family until Wednesday to appeal.", MON, "Wednesday", "DATE", "2025-03-19"),
    ("The army gave the rebels until the weekend to leave.", "2025-03-20T10:00:00", "the weekend", "DATE",
     "2025-W12-WE"),
    ("A memorial service planned for Saturday was cancelled.", MON, "Saturday", "DATE", "2025-03-15"),
    ("A memorial service planned for Saturday will honour the victims.", MON, "Saturday", "DATE", "2025-03-22"),
    ("A few days later the envoys left.", MON, "A few days", "DURATION", "PXD"),
    ("The day before last Tuesday's hearing, the envoy flew to Geneva.", WED, "The day before last Tuesday", "DATE",
     "2025-03-17"),
    ("Talks resumed the day after March 3.", MON, "the day after March 3", "DATE", "2025-03-04"),
    ("Analysts expect weak results in the near term.", MON, "the near term", "DATE", "FUTURE_REF"),
    ("The company expects a loss for the full year.", MON, "the full year", "DATE", "2025"),
    ("The debt must be repaid by year end.", MON, "year end", "DATE", "2025"),
    ("The envoys met on Friday. Talks broke up in the morning.", MON, "the morning", "TIME", "2025-03-14TMO"),
    ("The convoy will leave at 4 in the morning.", "2025-03-17T20:00:00", "4 in the morning", "TIME",
     "2025-03-18T04:00"),
    ("Trading closed at five in the afternoon on Friday.", MON, "five in the afternoon on Friday", "TIME",
     "2025-03-14T17:00"),
    # tense: a modal passive looks ahead, "is to" looks ahead, a causative "get it approved" takes the getting's
    # time, and "as late as" after a past perfect looks back
    ("The utility said power should be restored by Monday evening.", WED, "Monday evening", "TIME",
     "2025-03-24TEV"),
    ("A board meeting on Thursday is to consider the loan.", MON, "Thursday", "DATE", "2025-03-20"),
    ("The exporters will push to get their permits approved before Easter.", JAN, "Easter", "DATE", "2025-04-20"),
    ("Diplomats had expected a close vote as late as Sunday night.", WED, "Sunday night", "TIME",
     "2025-03-16TNI"),
    ("The missing envoys could not be located Monday.", WED, "Monday", "DATE", "2025-03-17"),
    # a chronology's line is on the day that leads it
    ("KEY DATES\nAug. 30, 1945 -- British forces return.\nTuesday, July 1 -- The new government is sworn in at "
     "12:01 a.m.", "1997-06-30T10:00:00", "12:01 a.m.", "TIME", "1997-07-01T00:01"),
    # a yearly rate in the present tells what happens as a rule; a past report beside a rate does not
    ("The region sees about 90 tornadoes a year in May.", MON, "May", "DATE", "XXXX-05"),
    ("The company earned $5 million a year in fees, it said in May.", MON, "May", "DATE", "2024-05"),
    # "ten minutes later" counts from the clock time told a few sentences back
    ("The wave hit at 9:30 a.m. yesterday. The sea went out very far. Ten minutes later it came back.", MON,
     "Ten minutes later", "TIME", "2025-03-16T09:40"),
    # from timex_fresh9: day-first parts of days and weekends, the small hours, a month the sentence dated,
    # a factbox line's month, a day after an aside, the midnight just gone, a season in a past story
    ("She arrives on the morning of 8 January.", "2030-01-03T10:00:00", "the morning of 8 January", "TIME",
     "2030-01-08TMO"),
    ("Talks resume after the weekend of 12-13 January.", "2030-01-03T10:00:00", "the weekend of 12-13 January",
     "DATE", "2030-W02-WE"),
    ("Fighting erupted on Sunday. It began in the small hours.", MON, "the small hours", "DATE", "2025-03-16"),
    ("He went to New Delhi in January 2023 for the parade on Jan 26.", MON, "Jan 26", "DATE", "2023-01-26"),
    ("* November 2002 - Fuel shipments are halted from December.", MON, "December", "DATE", "2002-12"),
    ("The round finished shortly before 5 pm (1000 GMT) today.", MON, "5 pm", "TIME", "2025-03-17T17:00"),
    ("That extension ended at midnight GMT, officials said.", MON, "midnight GMT", "TIME", "2025-03-16T24"),
    ("He was charged in June 2023 and sentenced in the autumn.", MON, "the autumn", "DATE", "2023-FA"),
    ("The bloc signed the pact in 2002. Critics scoffed. Fifteen years on, the code is unsigned.", MON,
     "Fifteen years", "DURATION", "P15Y"),
    ("He served 1,563 days in prison.", MON, "1,563 days", "DURATION", "P1563D"),
    # a weekday that is the subject of a present verb is a day of the programme ahead
    ("Saturday is devoted to foreign policy.", "2021-06-11T19:40:00", "Saturday", "DATE", "2021-06-12"),
    ("Sunday is the deadline.", "2021-06-11T19:40:00", "Sunday", "DATE", "2021-06-13"),
    ("Friday was a holiday.", "2021-06-12T19:40:00", "Friday", "DATE", "2021-06-11"),
    # "a year later" is as fine as the month it counts from ("Three years on" stays a year)
    ("The talks opened in July 2011. A year later, they collapsed.", MON, "A year later", "DATE", "2012-07"),
    # from timex_fresh10: the conjunct of a quoted pair, "until" and "before" in the present, a wish, dawn on a day
    ('Nasr said on Wednesday that the ministers would meet "tomorrow and if necessary on Friday".',
     "2008-03-27T10:00:00", "Friday", "DATE", "2008-03-28"),
    ("The president is abroad until Thursday.", "2026-10-06T10:00:00", "Thursday", "DATE", "2026-10-08"),
    ('"We hope it is understood in Rome before the weekend."', "2019-02-07T10:00:00", "the weekend", "DATE",
     "2019-W06-WE"),
    ("July 10 - The deadline is extended again, this time until Monday.", "2015-07-14T10:00:00", "Monday", "DATE",
     "2015-07-13"),
    ("He wanted the barricades gone by Friday.", "2028-01-05T10:00:00", "Friday", "DATE", "2028-01-07"),
    ("The first test would come at dawn Monday.", "2006-08-13T10:00:00", "dawn Monday", "TIME", "2006-08-14TMO"),
    # an adjective between the count and the unit ("a full year", "three straight days", "a single day")
    ("The mandate runs for a full year.", MON, "a full year", "DURATION", "P1Y"),
    ("Prices fell for three straight days.", MON, "three straight days", "DURATION", "P3D"),
    ("Not a single day passed without shelling.", MON, "a single day", "DURATION", "P1D"),
    # bare units: "weeks, not months", "spent months preparing", "were minutes from"
    ('Withdrawal will take "weeks, not months."', MON, "weeks", "DURATION", "PXW"),
    ("Syrian officials have spent months preparing.", MON, "months", "DURATION", "PXM"),
    ("The hosts were minutes from the title.", MON, "minutes", "DURATION", "PTXM"),
    # from event round 18: day-first pairs and ranges, a set's part of day, a hoped-for possessive, a date that
    # opens the text
    ("Ministers meet on 2 and 3 December in Brussels.", "2027-11-30T10:00:00", "2 and 3 December", "DATE",
     "2027-12-02", "2027-12-03"),
    ("They met on 3 and 5 December.", "2027-12-20T10:00:00", "5 December", "DATE", "2027-12-05"),
    ("Wednesday 1 - Thursday 2 December 2027: OSCE Ministerial Council, Vienna.", "2027-11-30T10:00:00",
     "Wednesday 1 - Thursday 2 December 2027", "DATE", "2027-12-01", "2027-12-02"),
    ("Subscribe to receive the digest every Saturday morning.", MON, "every Saturday morning", "SET",
     "XXXX-WXX-6TMO"),
    ("I hope Friday's round brings progress.", MON, "Friday", "DATE", "2025-03-21"),
    ("10 a.m. - Leaders arrive at the palace.", MON, "10 a.m.", "TIME", "2025-03-17T10:00"),
    # a span of years read out; a season that is the subject of its clause
    ("The last plague, from nineteen eighty-seven to nineteen eighty-nine, cost millions.", MON,
     "nineteen eighty-seven", "DATE", "1987"),
    ("The chief executive said last week that the summer would be decisive.", "2009-06-05T10:00:00", "the summer",
     "DATE", "2009-SU"),
    ("Sales should recover in the first half of calendar 2022.", "2021-11-04T10:00:00",
     "the first half of calendar 2022", "DATE", "2022-H1"),
    # a clock time after a flashback the sentence before dated is on that day, not the story's
    ("Today is Friday, Nov. 9. On Nov. 9, 1989, the Berlin Wall was opened. Officials announced it shortly "
     "before 7 p.m.", "2029-11-09T10:00:00", "7 p.m.", "TIME", "1989-11-09T19:00"),
    # a stretch told in two units is one duration
    ("The court jailed him for three years and eight months.", MON, "three years and eight months", "DURATION",
     "P3Y8M"),
    ("The hearing lasted two hours and 30 minutes.", MON, "two hours and 30 minutes", "DURATION", "PT2H30M"),
    ("The strike lasted two weeks and three days.", MON, "two weeks and three days", "DURATION", "P17D"),
    # clock times read out, as broadcast transcripts write them
    ("The plane landed at ten-thirty this morning.", "2025-03-17T18:00:00", "ten-thirty this morning", "TIME",
     "2025-03-17T10:30"),
    ("The envoys met at a quarter to six yesterday evening.", MON, "a quarter to six yesterday evening", "TIME",
     "2025-03-16T17:45"),
    ("The raid began at eight o'clock Tuesday night.", WED, "eight o'clock Tuesday night", "TIME",
     "2025-03-18T20:00"),
    ("Talks resumed at half past nine.", MON, "half past nine", "TIME", "2025-03-17T09:30"),
    ("Polls close at nine o'clock tonight.", MON, "nine o'clock tonight", "TIME", "2025-03-17T21:00"),
    ("The motorcade left at twenty-five to ten.", MON, "twenty-five to ten", "TIME", "2025-03-17T09:35"),
    ("The ceasefire took hold at eleven p.m. Sunday.", MON, "eleven p.m. Sunday", "TIME", "2025-03-16T23:00"),
    ("The quake struck at seven fifty-eight Sunday morning.", MON, "seven fifty-eight Sunday morning", "TIME",
     "2025-03-16T07:58"),
    ("The wave hit at about nine-thirty yesterday morning.", MON, "about nine-thirty yesterday morning", "TIME",
     "2025-03-16T09:30"),
    ("The mandate runs out at midnight on Dec. 31.", MON, "midnight on Dec. 31", "TIME", "2025-12-31T24"),
    ("Crowds gathered at midnight on New Year's Eve.", JAN, "midnight on New Year's Eve", "TIME",
     "2024-12-31T24"),
    # a quotation's today and tomorrow are its speaker's, when the text dates the speech
    ('The minister said on Friday that talks would go on "tomorrow and for as long as it takes."', MON,
     "tomorrow", "DATE", "2025-03-15"),
    ("Prices peaked in the mid-nineteen-nineties.", MON, "the mid-nineteen-nineties", "DATE", "199X"),
    ("Emissions must halve by twenty thirty, the plan says.", MON, "twenty thirty", "DATE", "2030"),
    ("A day-long strike shut the port.", MON, "day-long", "DURATION", "P1D"),
    ("Diplomats ended a decades-long feud.", MON, "decades-long", "DURATION", "PXY"),
    ("Months ago, the envoy resigned.", MON, "Months ago", "DATE", "PAST_REF"),  # as "several years ago"
    # a clock time alone is on the day in view, never on a year named before
    ("The treaty of 1994 lapsed. The vote opens at noon.", MON, "noon", "TIME", "2025-03-17T12:00"),
    # a decision that pushes a happening later names a day after it, even told in the past
    ("The court postponed the ruling until Tuesday.", WED, "Tuesday", "DATE", "2025-03-25"),
    ("The talks were adjourned until Monday morning.", WED, "Monday morning", "TIME", "2025-03-24TMO"),
    ("The envoy stayed in Doha until Tuesday.", WED, "Tuesday", "DATE", "2025-03-18"),
    ("Rockets hit the town overnight Tuesday.", WED, "overnight Tuesday", "TIME", "2025-03-18TNI"),
    # "future"/"past" before a plural unit: which side of now, no stretch measured
    ("The losses will cut taxes in future quarters.", MON, "future quarters", "DATE", "FUTURE_REF"),
    ("In past years the fund grew.", MON, "past years", "DATE", "PAST_REF"),
    ("Over the past decades the border moved.", MON, "the past decades", "DURATION", "PXY"),
    ("The envoys met on Tuesday. Later in the day they issued a statement.", WED, "Later in the day", "DATE",
     "2025-03-18"),
    # the quarter reported on: the latest finished one named, however far back; one named in passing or one
    # still under way and told as ahead does not replace it
    ("Third-quarter profit rose 19%. The company also raised its dividend and said it would buy back shares over time. The company also raised its dividend and said it would buy back shares over time. The company also raised its dividend and said it would buy back shares over time. The company also raised its dividend and said it would buy back shares over time. The company also raised its dividend and said it would buy back shares over time. In the year-earlier period, it earned $4 million.",
     "2024-10-24T10:00:00", "the year-earlier period", "DATE", "2023-Q3"),
    ("Third-quarter net rose. After a flat second quarter, margins improved. In the year-earlier period, net fell.",
     "2024-10-24T10:00:00", "the year-earlier period", "DATE", "2023-Q3"),
    ("Third-quarter net rose. Analysts expect the slump to continue into the fourth quarter. Sales in the "
     "year-ago period were flat.", "2024-10-24T10:00:00", "the year-ago period", "DATE", "2023-Q3"),
    ("The company reported a drop in fiscal fourth-quarter earnings. Sales in the year-ago quarter were flat.",
     "2024-11-02T10:00:00", "the year-ago quarter", "DATE", "2023-Q4"),
    # a month with no tense to go by: ahead up to four months, otherwise the last one
    ("Shares rose to a high in June from a low in March.", "2024-10-30T10:00:00", "March", "DATE", "2024-03"),
    ("The board's review in February is the next step.", "2024-10-30T10:00:00", "February", "DATE", "2025-02"),
    # "overnight" in a past clause: the night before the day in view; a passive's "by" is not a deadline's
    ("Shares closed lower on Friday after overnight losses in New York.", MON, "overnight", "TIME",
     "2025-03-13TNI"),
    ("The minister spoke on Friday. Rebels were hit by overnight strikes.", MON, "overnight", "TIME",
     "2025-03-16TNI"),
    ("The envoys met on Tuesday. Crowds gathered. Police stood by. Later in the day they signed.", "2025-03-20T10:00:00",
     "Later in the day", "DATE", "2025-03-18"),
    ("Shares closed lower on Friday, down 4% from the previous Friday.", MON, "the previous Friday", "DATE",
     "2025-03-07"),
    ("The port was shut by Tuesday's storm.", WED, "Tuesday", "DATE", "2025-03-18"),
    # "ten days before the shooting" counts from the day named before only when that sentence tells of it
    ("The doctor was shot on Oct. 23. A jogger saw the car ten days before the shooting.", MON, "ten days",
     "DATE", "2024-10-13"),
    ("The rifle was found on April 8. A jogger saw the car ten days before the shooting.", MON, "ten days",
     "DURATION", "P10D"),
    ("The leaders met on Monday. Two days after the talks, the envoy left.", WED, "Two days", "DATE",
     "2025-03-19"),
    ("The offer expires in 10 business days.", MON, "10 business days", "DURATION", "P10D"),
    ("Profit rose in 2024's first quarter.", MON, "2024's first quarter", "DATE", "2024-Q1"),
    ("The site closed on Thursday. His name was crossed out that same day.", WED, "that same day", "DATE",
     "2025-03-13"),
    ("Published: 12/09/2025 - 19:25. Envoys met in Doha.", "2025-09-12T19:25:00", "12/09/2025", "DATE", "2025-09-12"),
    ("Envoys met in Doha on 09/11/2025.", "2025-09-12T19:25:00", "09/11/2025", "DATE", "2025-09-11"),
    # a happening already over, acted on in a future clause, stays where it was
    ("The family will appeal Wednesday's ruling.", "2025-03-21T10:00:00", "Wednesday", "DATE", "2025-03-19"),
    ("The relatives would look for ways around Monday's decision.", WED, "Monday", "DATE", "2025-03-17"),
    ("Leaders will attend Sunday's summit.", "2025-03-21T10:00:00", "Sunday", "DATE", "2025-03-23"),
    # a happening called off or marked as planned, told in the past, may lie ahead: the closest day
    ("A planned visit to Pyongyang on Wednesday was cancelled.", "2026-05-12T10:00:00", "Wednesday", "DATE",
     "2026-05-13"),
    ("The talks on Friday were called off.", "2026-05-14T10:00:00", "Friday", "DATE", "2026-05-15"),
    ("The talks on Friday were held in Doha.", "2026-05-14T10:00:00", "Friday", "DATE", "2026-05-08"),
    # two back, and the small hours of today
    ("The summit was held the week before last.", WED, "the week before last", "DATE", "2025-W10"),
    ("They met the weekend before last.", WED, "the weekend before last", "DATE", "2025-W10-WE"),
    ("The deal was agreed in the early hours of this morning.", WED, "the early hours of this morning", "DATE",
     "2025-03-19"),
    ("The show airs on Tuesday nights.", WED, "Tuesday nights", "SET", "XXXX-WXX-2TNI"),
    ("Prices may rise in the weeks ahead.", WED, "the weeks ahead", "DURATION", "PXW"),
    # "earlier in the day": the latest day a main verb is dated to, not a day told after it as background
    ("The leaders held a call on Monday, the Kremlin said. Putin drew attention to a strike on Saturday night. "
     "Peskov told reporters earlier in the day that Moscow was open.", "2025-03-18T18:05:00", "earlier in the day",
     "DATE", "2025-03-17"),
    ("On 2 May, the sides met. On 5 May, they signed a deal. Later in the day, they left.", "2025-05-20T10:00:00",
     "Later in the day", "DATE", "2025-05-05"),
    # a clock time with "the following day": one expression, from the day just named
    ("The two sides agreed a truce on March 7, and it came into force at 6pm the following day.",
     "2025-03-10T10:00:00", "6pm the following day", "TIME", "2025-03-08T18:00"),
    # a live blog's entry that opens with its time is on the publication day, not on a day named before
    ("The ministers met on Tuesday in Kuala Lumpur.\n\nAt 14:05 GMT, the ministry said the truce held.",
     "2025-03-19T15:40:00", "14:05 GMT", "TIME", "2025-03-19T14:05"),
    ("The ministers met on Tuesday.\n\nTalks began at 10 a.m. and ended at noon.", WED, "10 a.m.", "TIME",
     "2025-03-18T10:00"),
    # a holiday's week or weekend
    ("Protesters prayed on Sunday as Easter week began.", "2025-04-14T10:00:00", "Easter week", "DATE", "2025-W16"),
    ("Traffic was heavy over the Thanksgiving weekend.", "2024-12-02T10:00:00", "the Thanksgiving weekend",
     "DATE", "2024-W48-WE"),
    ("Shops will close for Labor Day weekend.", "2025-08-20T10:00:00", "Labor Day weekend", "DATE", "2025-W35-WE"),
    # part of day before the day word
    ("Shares slid in mid-afternoon yesterday.", WED, "mid-afternoon yesterday", "TIME", "2025-03-18TAF"),
    ("The minister landed late morning today.", WED, "late morning today", "TIME", "2025-03-19TMO"),
    # counts in hundreds and thousands; before year 1 a date is only "the past"
    ("The monastery has stood for more than two thousand years.", MON, "more than two thousand years",
     "DURATION", "P2000Y"),
    ("The border was drawn five hundred years ago.", MON, "five hundred years ago", "DATE", "1525"),
    ("The city was founded some three thousand years ago.", MON, "some three thousand years ago", "DATE",
     "PAST_REF"),
    # the quarter a year ago is one expression: the year-ago quarter
    ("Profit for the first quarter rose from the quarter a year ago.", MON, "the quarter a year ago", "DATE",
     "2024-Q1"),
    ("Sales fell from the same period a year earlier.", MON, "the same period a year earlier", "DATE", "2024"),
    # fresh development set (tests/timex_fresh): rules written after its first score, with sentences of our own
    ("The former director is scheduled to be sentenced on Friday.", MON, "Friday", "DATE", "2025-03-21"),
    ("Leaders said they hoped to pass the bill by Friday night.", MON, "Friday night", "TIME", "2025-03-21TNI"),
    ("The accord expired on Sept. 30 last year.", MON, "Sept. 30 last year", "DATE", "2024-09-30"),
    ("The post was created on 1 April last year.", MON, "1 April last year", "DATE", "2024-04-01"),
    ("Forecasters warned last week that storms would hit on Monday.", WED, "Monday", "DATE", "2025-03-17"),
    ("The war began in 2019. Three years on, the border is still closed.", MON, "Three years on", "DATE", "2022"),
    ("The ministry rejected the plan on Monday, nine days before the summit.", MON, "nine days", "DURATION", "P9D"),
    ("The rivals clashed again, with two weeks left before Election Day.", "2024-10-20T10:00:00", "Election Day",
     "DATE", "2024-11-05"),
    ("She has been on the road every weekend.", MON, "every weekend", "SET", "XXXX-WXX-WE"),
    ("Ministers will meet on Tuesday for the ninth time since late February.", DEC, "late February", "DATE", "2024-02"),
    ("The talks will resume on Friday. Oil prices rose 2 percent by midday.", MON, "midday", "TIME", "2025-03-17T12:00"),
    ("Talks will continue over the next fortnight.", MON, "the next fortnight", "DURATION", "P2W"),
    ("The real test comes in the new year.", DEC, "the new year", "DATE", "2025"),
    # the event development set of round 10 (tests/gold_fresh7): deadlines, participles of nouns, "due"
    ("On Monday the junta rejected the January 31 deadline.", DEC, "January 31", "DATE", "2025-01-31"),
    ("The minister is due in the capital for a three-day visit starting Tuesday.", MON, "Tuesday", "DATE",
     "2025-03-18"),
    ("The sides agreed to a truce at the end of talks running from Monday to Wednesday.", WED,
     "Monday to Wednesday", "DATE", "2025-03-17", "2025-03-19"),
    ("The second round has been moved to Friday the 28th.", MON, "Friday the 28th", "DATE", "2025-03-28"),
    ("The talks collapsed on Thursday the 13th.", MON, "Thursday the 13th", "DATE", "2025-03-13"),
    ("The envoys held talks on Tuesday, the 24th round of discussions.", MON, "Tuesday", "DATE", "2025-03-11"),
    # the second fresh TimeML set (tests/timex_fresh2): adjectives that look ahead, months on nouns, month ranges
    ("Investors await the report, due Wednesday afternoon.", MON, "Wednesday afternoon", "TIME", "2025-03-19TAF"),
    ("Showers will arrive late Tuesday, with heavier rain possible Thursday night.", MON, "Thursday night", "TIME",
     "2025-03-20TNI"),
    ("Traders see the first rate cut coming no earlier than September.", MON, "September", "DATE", "2025-09"),
    ("A month ago the market was pricing a June cut as a done deal.", MON, "June", "DATE", "2025-06"),
    ("Analysts expect profits for the January-March period to rise.", "2025-04-16T10:00:00", "January-March",
     "DATE", "2025-01", "2025-03"),
    ("Exports rose from May to July 2023.", MON, "May to July 2023", "DATE", "2023-05", "2023-07"),
    ("By 11:42 a.m. ET, the index was down 61 points.", MON, "11:42 a.m. ET", "TIME", "2025-03-17T11:42"),
    ("Forecasters say the rain should turn to snow and end by Friday afternoon.", MON, "Friday afternoon", "TIME",
     "2025-03-21TAF"),
    ("There is a chance of thunderstorms late Thursday.", MON, "late Thursday", "DATE", "2025-03-20"),
    ("There's a chance of storms late Thursday, but forecasters say it may stay dry.", MON, "late Thursday", "DATE",
     "2025-03-20"),
    ("The risk was high on Thursday.", MON, "Thursday", "DATE", "2025-03-13"),
    ("The judge set sentencing for Aug. 19 and ordered him held until then.", MON, "Aug. 19", "DATE", "2025-08-19"),
    ("He is scheduled to make his next start a week from Saturday.", MON, "a week from Saturday", "DATE",
     "2025-03-29"),
    # a clock time alone is on the day its sentence names, else on the day the story is on
    ("Shares fell in early trade on Monday, while the yen held near the level it touched on Friday. "
     "By 9:30 a.m., the index was down 1.4 percent.", MON, "9:30 a.m.", "TIME", "2025-03-17T09:30"),
    ("The blast occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a building.", MON, "about 10:35 a.m.",
     "TIME", "2025-03-14T10:35"),
    # halves, sets of days and parts of days, seasons told after a year
    ("The talk lasted nearly half an hour.", MON, "nearly half an hour", "DURATION", "PT30M"),
    ("The ceasefire held for half a century.", MON, "half a century", "DURATION", "P50Y"),
    ("The bakery opens six days a week.", MON, "six days a week", "SET", "P1W"),
    ("She slept at the shop every night.", MON, "every night", "SET", "XXXX-XX-XXTNI"),
    ("Adults should sleep seven hours a night.", MON, "a night", "SET", "XXXX-XX-XXTNI"),
    ("The bakery opened in 1947. That summer, lines formed down the street.", MON, "That summer", "DATE",
     "1947-SU"),
    ("The shop burned down in 1986. The following spring, it reopened.", MON, "The following spring", "DATE",
     "1987-SP"),
    ("At the time, nobody in the village noticed.", MON, "the time", "DATE", "PAST_REF"),
    ("The envoy said at the time that talks would resume.", MON, "the time", "DATE", "PAST_REF"),
    ("Investors had hoped only weeks ago for a cut.", MON, "weeks ago", "DATE", "PAST_REF"),
    ("Elections are to be held within six to nine months.", MON, "six to nine months", "DURATION", "P6M", "P9M"),
    ("Her 1990s albums sold well.", MON, "1990s", "DATE", "199X"),
    # a factbox's dated lines: "YYYY - " gives its year to the line's months; a day opening a line is the
    # nearest one, whatever the historical present says
    ("Key dates\n\n2006 - Iran resumes enrichment. In December the council imposes sanctions.", MON, "December",
     "DATE", "2006-12"),
    ("Key dates\n\nApril 2 - After eight days of talks, the sides announce a framework.", "2025-07-14T10:00:00",
     "April 2", "DATE", "2025-04-02"),
    # hours after a clock time are a clock time (the restatement in another zone aside)
    ("Two planes took off at about 1:00 pm (1000 GMT) and landed about two hours later.", "2019-09-07T18:00:00",
     "about two hours later", "TIME", "2019-09-07T15:00"),
    ("The talks lasted all day. Two hours later, nothing had changed.", MON, "Two hours", "DURATION", "PT2H"),
    # "since the start of the year" in a present perfect runs up to now: this year, not one named before
    ("The council last met in June 2024, and has been briefed every week since the start of the year.", MON,
     "the start of the year", "DATE", "2025"),
    # mid-afternoon, late morning: a part of the day in view
    ("Shelters opened at noon and were nearly full by mid-afternoon.", WED, "mid-afternoon", "TIME",
     "2025-03-19TAF"),
    ("The polls closed in late afternoon on Tuesday.", WED, "late afternoon on Tuesday", "TIME", "2025-03-18TAF"),
    # told in the past, "the following morning" follows the past day of the sentence, not one still to come
    ("The union said on Monday that talks would resume on Thursday, but the airline called off the session the "
     "following morning.", WED, "the following morning", "TIME", "2025-03-18TMO"),
    ("The union said on Monday that talks would resume on Thursday and end the following day.", WED,
     "the following day", "DATE", "2025-03-21"),
    # "ahead of" hangs a happening on the verb: its tense, and a past verb leaves the happening to come
    ("The minister will hold talks on Tuesday ahead of the second round on Thursday, the ministry said.", MON,
     "Thursday", "DATE", "2025-03-20"),
    ("Envoys arrived ahead of talks on Thursday.", MON, "Thursday", "DATE", "2025-03-20"),
    # "including" is a preposition: the verb above it gives the tense
    ("The ministers agreed to keep in touch, including at the summit over the weekend.", "2025-03-20T10:00:00",
     "the weekend", "DATE", "2025-W12-WE"),
    # feasts of other calendars, from those calendars (Umm al-Qura for the Islamic ones)
    ("Pilgrims gathered for Orthodox Easter.", MON, "Orthodox Easter", "DATE", "2024-05-05"),
    ("The army declared a truce for Eid al-Fitr.", "2024-04-12T10:00:00", "Eid al-Fitr", "DATE", "2024-04-10"),
    ("The ceasefire should hold through Eid al-Adha.", "2024-06-01T10:00:00", "Eid al-Adha", "DATE",
     "2024-06-16"),
    # what happens as a rule is of no one year
    ("The worst winter weather traditionally comes in January.", MON, "January", "DATE", "XXXX-01"),
    ("Elections are held every four years, on a Sunday in April.", MON, "April", "DATE", "XXXX-04"),
    ("The vote will be held on a Sunday.", MON, "Sunday", "DATE", "XXXX-WXX-7"),
    ("The envoy said in a Sunday interview that talks would go on.", MON, "Sunday", "DATE", "2025-03-16"),
    ("The office closes on Friday, July 3, because July 4 falls on a Saturday.", "2026-06-30T10:00:00", "Saturday",
     "DATE", "2026-07-04"),
    ("Patients took the drug twice daily.", MON, "twice daily", "SET", "P1D"),
    ("First partial results are expected late on Sunday.", SUN, "late on Sunday", "DATE", "2025-03-16"),
    ("The people of the city cannot wait another week.", MON, "another week", "DURATION", "P1W"),
    ("The contract runs for an additional year.", MON, "an additional year", "DURATION", "P1Y"),
    ("Hearings will follow after the Thanksgiving holiday.", "1995-11-21T10:00:00", "Thanksgiving", "DATE",
     "1995-11-23"),
    ("The company's fiscal year ends on June 30.", MON, "June 30", "DATE", "XXXX-06-30"),
    ("The bill requires audits every year; it takes effect July 1.", MON, "July 1", "DATE", "2025-07-01"),
    ("The talks resumed in March.", MON, "March", "DATE", "2025-03"),
    # "overnight" after "yesterday" in the same sentence is the night just gone
    ("Campaigning was banned yesterday, though both sides broke the rules overnight.", SUN, "overnight", "TIME",
     "2025-03-15TNI"),
    # days spoken as ordinals, as broadcast transcripts write them
    ("The families will meet again on August fifteenth.", MON, "August fifteenth", "DATE", "2025-08-15"),
    ("The vote is set for the twenty-first of June.", MON, "the twenty-first of June", "DATE", "2025-06-21"),
    # bare plural units that measure: "after weeks of haggling", "had taken months", "days or weeks"
    ("The lists were agreed after weeks of haggling.", MON, "weeks", "DURATION", "PXW"),
    ("The handshake had taken months to arrange.", MON, "months", "DURATION", "PXM"),
    ("We have days, not months, to act.", MON, "months", "DURATION", "PXM"),
    ("More exchanges could follow in the next few days or weeks.", MON, "weeks", "DURATION", "PXW"),
    # a weekday in the week just named; the second day of a pair after the first
    ("Ambassadors met for the last time last week, on Wednesday.", MON, "Wednesday", "DATE", "2025-03-12"),
    ("On Monday and Tuesday, the minister will travel to Ottawa.", "2025-03-18T10:00:00", "Tuesday", "DATE",
     "2025-03-25"),
    ("Talks will be held on Saturday or Sunday.", SUN, "Saturday", "DATE", "2025-03-22"),
    # an adjective's verb gives the tense: "will stay closed until Monday" looks ahead
    ("Schools will stay closed until Monday.", WED, "Monday", "DATE", "2025-03-24"),
    ("Schools stayed closed until Monday.", WED, "Monday", "DATE", "2025-03-17"),
    # a zone in brackets is part of the time, the bracket is not; "local time" is a gloss outside it
    ("Polls opened at 06:00 local time (04:00 GMT).", SUN, "04:00 GMT", "TIME", "2025-03-16T04:00"),
    ("The quake struck at 05:40 local time.", SUN, "05:40", "TIME", "2025-03-16T05:40"),
    ("The blast hit at 10:30 Kabul time on Tuesday.", WED, "10:30 Kabul time on Tuesday", "TIME",
     "2025-03-18T10:30"),
    ("Years ago, the border was open.", MON, "Years ago", "DATE", "PAST_REF"),
    ("The statement came minutes ago.", "2025-03-17T15:00:00", "minutes ago", "TIME", "PAST_REF"),
    ("The minister spoke a few minutes ago.", "2025-03-17T15:00:00", "a few minutes ago", "TIME", "PAST_REF"),
    ("We are ready to meet tomorrow, the day after, whenever they want.", MON, "the day", "DATE",
     "2025-03-19"),
    ("He left on Friday and came back the day after.", MON, "the day", "DATE", "2025-03-15"),
    ("Thursday: the commission held its second session. The first was held a week earlier.", MON,
     "a week earlier", "DATE", "2025-03-06"),
    ("The interim government has promised elections in November.", MON, "November", "DATE", "2025-11"),
    ("The minister pledged aid in September.", MON, "September", "DATE", "2024-09"),
    ("The government set November 15 as the date of the first round of elections.", "2026-06-07T10:00:00",
     "November 15", "DATE", "2026-11-15"),
    ("The agency had set Friday as the deadline for his return.", "2000-01-15T10:00:00", "Friday", "DATE",
     "2000-01-14"),
    ("The session had been set for Tuesday but was moved to Thursday.", "2026-06-05T08:15:00", "Tuesday", "DATE",
     "2026-06-02"),
    ("The session had been set for Tuesday but was moved to Thursday.", "2026-06-05T08:15:00", "Thursday", "DATE",
     "2026-06-04"),
    ("They held the second session two days later than planned.", MON, "two days", "DURATION", "P2D"),
    ("Armed men boarded the tanker on the evening of March 12.", MON, "the evening of March 12", "TIME",
     "2025-03-12TEV"),
    ("The bombing began on the evening of March 19, 2003.", MON, "the evening of March 19, 2003", "TIME",
     "2003-03-19TEV"),
    ("Armed men boarded the tanker on March 12. Police retook it 48 hours later.", MON, "48 hours later", "DATE",
     "2025-03-14"),
    ("Two soldiers were shot on Monday. 48 hours after the shooting, the ministers met.", WED, "48 hours", "DATE",
     "2025-03-19"),
    ("In June, the company received an offer. The lawyers wrote to the board. The following month, it put itself up "
     "for sale.", MON, "The following month", "DATE", "2024-07"),
    ("The storm hit on Saturday, the fourth since January. By that afternoon, the river had burst its banks.", MON,
     "that afternoon", "TIME", "2025-03-15TAF"),
    ("Lenders have extended credit lines through January.", "2024-10-30T10:00:00", "January", "DATE", "2025-01"),
    ("Losses will continue through the first two quarters of 2026.", MON, "the first two quarters of 2026", "DATE",
     "2026-H1"),
    ("The vote was postponed to Tuesday.", WED, "Tuesday", "DATE", "2025-03-25"),
    # a fiscal quarter is the company's own count: the one reported on, until another story's quarter
    ("Acme reported third-quarter profit. Beta said it earned $5 million in the fiscal first quarter. "
     "In the year-earlier period, it lost $2 million.", "2024-10-28T10:00:00", "the year-earlier period",
     "DATE", "2023-Q1"),
    ("Beta earned $5 million in the fiscal first quarter. Gamma said third-quarter profit rose. "
     "A year earlier, it earned less.", "2024-10-28T10:00:00", "A year earlier", "DATE", "2023-Q3"),
]

_NOT_TIMEX = [
    ("They arrived at the time agreed with the hosts.", MON),
    ("It is ten to one the talks fail.", MON),  # odds, not a clock time
    ("He counted twenty twenty-dollar bills.", MON),
    ("He was in Rome at the time of the attack.", MON),
    ("He was abroad at the time that the vote took place.", MON),
    ("In the first weeks of the war, many fled.", MON),
    ("They may first ask for a delay.", MON),
    ("A mid-morning meeting was cancelled.", MON),
    ("The rebels retreated to fight another day.", MON),
    ("He spent the night in jail.", MON),
    ("The hosts had led through a first-half penalty.", MON),
    ("Many of those waiting are in their seventies and eighties.", MON),
    ("The envoy, in her early 70s, retired.", MON),
    ("The last days of the empire were grim.", MON),
    ("The minister may resign.", MON),
    ("Troops will march on the capital.", MON),
    ("A 6-year-old boy was rescued.", MON),
    ("The company employs 2000 people.", MON),
    ("She was the first in a second round.", MON),
    ("The spring in the mountains is cold.", MON),
    ("Prices fall when demand drops.", MON),
    ("About nineteen hundred troops and two thousand people arrived.", MON),
    ("The hostage was killed soon after his capture.", MON),
    ("Now, the question is who pays.", MON),
    ("The day before its launch, the leaders met.", TUE),
    ("The future of the alliance looks bleak.", MON),
    ("Sales in the latest period were flat.", MON),
    ("The poster showed a scene from High Noon.", MON),
    ("Talks will resume after the Lunar New Year holiday.", MON),
    ("The team finished on the 14th hole.", MON),
    ("In the first days after the vote, markets fell.", MON),
    ("It is just a matter of days before the deal closes.", MON),
    ("He carried the day in parliament.", WED),
    ("Three quarters of the vote went to the incumbent.", MON),
]


def _ids(cases):
    return [f"{i:03d}-{c[2]}" for i, c in enumerate(cases)]


@pytest.fixture(scope="session")
def parsed_cases():
    from timeline.extraction import nlp

    texts = [c[0] for c in CASES] + [c[0] for c in _NOT_TIMEX]
    return list(nlp.parse_many(texts, batch_size=64))


def test_table_is_large_enough():
    assert len(CASES) >= 200


@pytest.mark.parametrize("index", range(len(CASES)), ids=_ids(CASES))
def test_case(index, parsed_cases):
    from timeline.extraction.timex import find_timexes

    sentence, published, expression, ttype, value, *end = CASES[index]
    timexes = find_timexes(parsed_cases[index], parse_timestamp(published))
    found = [t for t in timexes if t.text == expression]
    assert found, f"{expression!r} not found in {sentence!r}: {[(t.text, t.value) for t in timexes]}"
    t = found[0]
    assert sentence[t.start:t.end] == expression
    assert (t.type, t.value) == (ttype, value), sentence
    if end:
        assert t.end_value == end[0]


@pytest.mark.parametrize("index", range(len(_NOT_TIMEX)))
def test_not_a_timex(index, parsed_cases):
    from timeline.extraction.timex import find_timexes

    sentence, published = _NOT_TIMEX[index]
    doc = parsed_cases[len(CASES) + index]
    assert find_timexes(doc, parse_timestamp(published)) == []


def test_no_anchor_leaves_relative_expressions_unresolved(parsed_cases):
    from timeline.extraction.timex import find_timexes

    index = next(i for i, c in enumerate(CASES) if c[0] == "Trump will meet Putin on Tuesday.")
    (t,) = find_timexes(parsed_cases[index], None)
    assert t.text == "Tuesday" and t.value is None and t.resolved is False
    index = next(i for i, c in enumerate(CASES) if c[2] == "February 24, 2022")
    (t,) = find_timexes(parsed_cases[index], None)
    assert t.value == "2022-02-24" and t.resolved is True


def test_zone_offset_is_not_a_second_time(parsed_cases):
    from timeline.extraction.timex import find_timexes

    index = next(i for i, c in enumerate(CASES) if c[2] == "2025-06-16T11:05:00+08:00")
    assert [t.text for t in find_timexes(parsed_cases[index], parse_timestamp(CASES[index][1]))] == [
        "2025-06-16T11:05:00+08:00"]


def test_seed_article(seed_text):
    from timeline.extraction import nlp
    from timeline.extraction.document import read_document
    from timeline.extraction.timex import find_timexes

    info = read_document(seed_text)
    assert info.published == datetime(2025, 3, 17, 9, 54, 27)
    values = {(t.text, t.value) for t in find_timexes(nlp.parse(seed_text), info.published)}
    for pair in [("Tuesday", "2025-03-18"), ("the weekend", "2025-W11-WE"), ("Sunday", "2025-03-16"),
                 ("March 11", "2025-03-11")]:
        assert pair in values, pair


def test_the_day_before_a_clause_is_not_a_day():
    """"Later in the day before returning home": "before" opens a clause, so "the day" is not a day before
    another; "later in the day" is the day named just before, not the one before it."""
    from timeline.extraction import nlp
    from timeline.extraction.timex import find_timexes

    doc = next(iter(nlp.parse_many(["The summit ended on July 3. She rested later in the day before returning home."])))
    found = [(t.text, t.value) for t in find_timexes(doc, parse_timestamp(TUE))]
    assert found == [("July 3", "2024-07-03"), ("later in the day", "2024-07-03")]


@pytest.mark.parametrize("sentence, published, expression, value", [
    ("He was shot to death last Oct. 23 at his home.", "1999-05-06T15:05:00", "last Oct. 23", "1998-10-23"),
    ("Police have been searching for him since the Oct. 23 shooting.", "1999-05-06T15:05:00", "Oct. 23",
     "1998-10-23"),
    ("A judge ordered that the boy remain in Miami until March 6.", "2000-01-15T10:00:00", "March 6", "2000-03-06"),
])
def test_month_day_direction(sentence, published, expression, value):
    """"last" before a month and day, a present perfect progressive, and a subjunctive (not a past)."""
    from timeline.extraction import nlp
    from timeline.extraction.timex import find_timexes

    doc = next(iter(nlp.parse_many([sentence])))
    found = {t.text: t.value for t in find_timexes(doc, parse_timestamp(published))}
    assert found.get(expression) == value, found
