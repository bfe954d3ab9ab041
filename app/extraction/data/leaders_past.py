"""Past leaders and defence/foreign ministers, with their dates in office, written for Entente.

Written from public knowledge, in the same format as `LEADERS` in `leaders.py`:
`CODE | from | to | names (;)`, where a name stands for its state only between those dates (the
`to` date is the day the person left office). The table covers office holders from 1985 up to
where `LEADERS` begins: heads of state and government, foreign and defence ministers, and for the
United States the Secretary of State, Secretary of Defense and National Security Adviser. Soviet
officials (1985-1991, including the Chief of the General Staff) are filed under RUS and Yugoslav
ones under SRB. Dates are to the day where known, otherwise to the month (the 1st). Bare
surnames appear only where they are distinctive in the news; a person with several separate
terms has one row per term.
"""

PAST_LEADERS = """
USA | 1981-01-20 | 1989-01-20 | Ronald Reagan; Reagan
USA | 1981-01-20 | 1993-01-20 | George H. W. Bush; George H.W. Bush; George Bush; Bush
USA | 1981-01-21 | 1987-11-23 | Caspar Weinberger; Cap Weinberger; Weinberger
USA | 1982-07-16 | 1989-01-20 | George Shultz; George P. Shultz; Shultz
USA | 1983-10-17 | 1985-12-04 | Robert McFarlane; Bud McFarlane; McFarlane
USA | 1985-12-04 | 1986-11-25 | John Poindexter; Poindexter
USA | 1987-01-02 | 1989-01-20 | Frank Carlucci; Carlucci
USA | 1987-11-23 | 1989-01-20 | Colin Powell
USA | 1989-01-20 | 1993-01-20 | Dan Quayle; Quayle
USA | 1989-01-20 | 1993-01-20 | Brent Scowcroft; Scowcroft
USA | 1989-01-25 | 1992-08-23 | James Baker; James A. Baker; James A. Baker III
USA | 1989-03-21 | 1993-01-20 | Dick Cheney; Cheney
USA | 1992-08-23 | 1993-01-20 | Lawrence Eagleburger; Larry Eagleburger; Eagleburger
USA | 1993-01-20 | 1994-02-03 | Les Aspin; Aspin
USA | 1993-01-20 | 1997-01-17 | Warren Christopher
USA | 1993-01-20 | 1997-03-14 | Anthony Lake; Tony Lake
USA | 1993-01-20 | 2001-01-20 | Bill Clinton; Clinton; Al Gore
USA | 1993-01-27 | 2001-01-20 | Madeleine Albright; Albright
USA | 1994-02-03 | 1997-01-24 | William Perry; William J. Perry; Bill Perry
USA | 1997-01-24 | 2001-01-20 | William Cohen; William S. Cohen
USA | 1997-03-14 | 2001-01-20 | Sandy Berger; Samuel Berger
USA | 2001-01-20 | 2005-01-26 | Colin Powell
USA | 2001-01-20 | 2006-12-18 | Donald Rumsfeld; Rumsfeld
USA | 2001-01-20 | 2009-01-20 | George W. Bush; George W Bush; Bush; Dick Cheney; Cheney
USA | 2001-01-20 | 2009-01-20 | Condoleezza Rice; Condi Rice
USA | 2005-01-26 | 2009-01-20 | Stephen Hadley
USA | 2006-12-18 | 2011-07-01 | Robert Gates; Robert M. Gates; Bob Gates
USA | 2009-01-20 | 2017-01-20 | Barack Obama; Obama; Joe Biden; Biden
USA | 2009-01-21 | 2013-02-01 | Hillary Clinton; Hillary Rodham Clinton; Clinton
USA | 2009-01-22 | 2017-01-20 | Susan Rice
USA | 2010-10-08 | 2013-07-01 | Tom Donilon; Thomas Donilon; Donilon
USA | 2011-07-01 | 2013-02-27 | Leon Panetta; Panetta
USA | 2013-02-01 | 2017-01-20 | John Kerry
USA | 2013-02-27 | 2015-02-17 | Chuck Hagel; Hagel
USA | 2015-02-17 | 2017-01-20 | Ash Carter; Ashton Carter
USA | 2017-01-20 | 2017-02-13 | Michael Flynn; Michael T. Flynn
USA | 2017-01-20 | 2019-01-01 | Jim Mattis; James Mattis; Mattis
USA | 2017-02-01 | 2018-03-31 | Rex Tillerson; Tillerson
USA | 2017-02-20 | 2018-04-09 | H. R. McMaster; H.R. McMaster; HR McMaster
USA | 2018-04-09 | 2019-09-10 | John Bolton
USA | 2019-01-01 | 2019-06-23 | Patrick Shanahan
USA | 2019-06-24 | 2020-11-09 | Mark Esper; Esper
USA | 2019-09-18 | 2021-01-20 | Robert O'Brien; Robert C. O'Brien
RUS | 1957-02-15 | 1988-10-01 | Andrei Gromyko; Andrey Gromyko; Gromyko
RUS | 1984-02-13 | 1985-03-10 | Konstantin Chernenko; Chernenko
RUS | 1984-09-06 | 1988-12-15 | Sergei Akhromeyev; Sergey Akhromeyev; Akhromeyev
RUS | 1984-12-22 | 1987-05-30 | Sergei Sokolov; Marshal Sokolov
RUS | 1985-03-11 | 1991-12-25 | Mikhail Gorbachev; Mikhail Gorbachov; Gorbachev; Gorbachov
RUS | 1985-07-02 | 1991-01-15 | Eduard Shevardnadze; Shevardnadze
RUS | 1985-09-27 | 1991-01-14 | Nikolai Ryzhkov; Nikolay Ryzhkov; Ryzhkov
RUS | 1987-05-30 | 1991-08-22 | Dmitry Yazov; Dmitri Yazov; Yazov
RUS | 1988-12-15 | 1991-08-23 | Mikhail Moiseyev; Mikhail Moiseev
RUS | 1990-05-29 | 1999-12-31 | Boris Yeltsin; Yeltsin
RUS | 1990-10-11 | 1996-01-05 | Andrei Kozyrev; Andrey Kozyrev; Kozyrev
RUS | 1991-01-14 | 1991-08-22 | Valentin Pavlov
RUS | 1991-01-15 | 1991-08-28 | Alexander Bessmertnykh; Aleksandr Bessmertnykh; Bessmertnykh
RUS | 1991-08-23 | 1991-12-07 | Vladimir Lobov
RUS | 1991-08-23 | 1991-12-26 | Yevgeny Shaposhnikov; Shaposhnikov
RUS | 1991-11-19 | 1991-12-26 | Eduard Shevardnadze; Shevardnadze
RUS | 1992-05-18 | 1996-06-18 | Pavel Grachev; Grachev
RUS | 1992-06-15 | 1992-12-14 | Yegor Gaidar; Gaidar
RUS | 1992-12-14 | 1998-03-23 | Viktor Chernomyrdin; Chernomyrdin
RUS | 1996-01-09 | 1999-05-12 | Yevgeny Primakov; Primakov
RUS | 1997-05-22 | 2001-03-28 | Igor Sergeyev; Igor Sergeev
RUS | 1997-05-22 | 2004-07-19 | Anatoly Kvashnin; Anatoliy Kvashnin; Kvashnin
RUS | 1998-03-23 | 1998-08-23 | Sergei Kiriyenko; Sergey Kiriyenko; Kiriyenko
RUS | 1998-08-23 | 1998-09-11 | Viktor Chernomyrdin; Chernomyrdin
RUS | 1998-09-11 | 2004-03-09 | Igor Ivanov
RUS | 1999-05-12 | 1999-08-09 | Sergei Stepashin; Sergey Stepashin; Stepashin
RUS | 1999-08-09 | 2000-05-07 | Vladimir Putin; Putin
RUS | 2000-05-07 | 2004-02-24 | Mikhail Kasyanov; Kasyanov
RUS | 2001-03-28 | 2007-02-15 | Sergei Ivanov; Sergey Ivanov
RUS | 2004-03-05 | 2007-09-12 | Mikhail Fradkov; Fradkov
RUS | 2004-07-19 | 2008-06-03 | Yuri Baluyevsky; Yury Baluyevsky; Baluyevsky
RUS | 2007-02-15 | 2012-11-06 | Anatoly Serdyukov; Anatoliy Serdyukov; Serdyukov
RUS | 2007-09-14 | 2008-05-07 | Viktor Zubkov; Zubkov
RUS | 2008-05-07 | 2020-01-16 | Dmitry Medvedev; Dmitri Medvedev; Medvedev
RUS | 2008-06-03 | 2012-11-09 | Nikolai Makarov; Nikolay Makarov
CHN | 1978-12-22 | 1997-02-19 | Deng Xiaoping
CHN | 1980-09-10 | 1989-06-24 | Zhao Ziyang
CHN | 1982-09-12 | 1987-01-16 | Hu Yaobang
CHN | 1982-11-19 | 1988-04-12 | Wu Xueqian
CHN | 1987-11-24 | 1998-03-17 | Li Peng
CHN | 1988-04-08 | 1993-03-27 | Yang Shangkun
CHN | 1988-04-12 | 2003-03-17 | Qian Qichen
CHN | 1989-06-24 | 2004-09-19 | Jiang Zemin
CHN | 1993-03-29 | 2003-03-17 | Chi Haotian
CHN | 1998-03-16 | 2013-03-14 | Hu Jintao
CHN | 1998-03-17 | 2003-03-16 | Zhu Rongji
CHN | 2003-03-16 | 2013-03-15 | Wen Jiabao
CHN | 2003-03-17 | 2007-04-27 | Li Zhaoxing
CHN | 2003-03-17 | 2008-03-17 | Cao Gangchuan
CHN | 2007-04-27 | 2022-10-23 | Yang Jiechi
CHN | 2008-03-17 | 2013-03-16 | Liang Guanglie
CHN | 2013-03-15 | 2023-03-11 | Li Keqiang
CHN | 2013-03-16 | 2018-03-19 | Chang Wanquan
CHN | 2018-03-19 | 2023-03-12 | Wei Fenghe
CHN | 2022-12-30 | 2023-07-25 | Qin Gang
TWN | 1978-05-20 | 1988-01-13 | Chiang Ching-kuo
TWN | 1988-01-13 | 2000-05-20 | Lee Teng-hui
TWN | 2000-05-20 | 2008-05-20 | Chen Shui-bian
TWN | 2008-05-20 | 2016-05-20 | Ma Ying-jeou
TWN | 2018-02-26 | 2024-05-20 | Joseph Wu; Jaushieh Joseph Wu
GBR | 1952-02-06 | 2022-09-08 | Queen Elizabeth II; Elizabeth II
GBR | 1979-05-04 | 1990-11-28 | Margaret Thatcher; Mrs Thatcher; Thatcher
GBR | 1983-01-06 | 1986-01-09 | Michael Heseltine; Heseltine
GBR | 1983-06-11 | 1989-07-24 | Geoffrey Howe; Sir Geoffrey Howe
GBR | 1989-07-24 | 1992-04-10 | Tom King
GBR | 1989-07-24 | 1997-05-02 | John Major
GBR | 1989-10-26 | 1995-07-05 | Douglas Hurd; Hurd
GBR | 1992-04-10 | 1997-05-02 | Malcolm Rifkind; Sir Malcolm Rifkind; Rifkind
GBR | 1995-07-05 | 1997-05-02 | Michael Portillo
GBR | 1997-05-02 | 2001-06-08 | Robin Cook
GBR | 1997-05-02 | 2007-06-27 | Tony Blair; Blair
GBR | 1997-05-03 | 1999-10-11 | George Robertson
GBR | 1999-10-11 | 2005-05-06 | Geoff Hoon; Hoon
GBR | 2001-06-08 | 2006-05-05 | Jack Straw
GBR | 2006-05-05 | 2007-06-27 | Margaret Beckett
GBR | 2007-06-27 | 2010-05-11 | Gordon Brown
GBR | 2007-06-28 | 2010-05-11 | David Miliband
GBR | 2010-05-11 | 2016-07-13 | David Cameron
GBR | 2010-05-12 | 2011-10-14 | Liam Fox
GBR | 2010-05-12 | 2014-07-14 | William Hague
GBR | 2011-10-14 | 2016-07-13 | Philip Hammond
GBR | 2014-07-15 | 2017-11-01 | Michael Fallon
GBR | 2016-07-13 | 2018-07-09 | Boris Johnson
GBR | 2016-07-13 | 2019-07-24 | Theresa May
GBR | 2017-11-02 | 2019-05-01 | Gavin Williamson
GBR | 2018-07-09 | 2019-07-24 | Jeremy Hunt
GBR | 2019-05-01 | 2019-07-24 | Penny Mordaunt; Mordaunt
GBR | 2019-07-24 | 2021-09-15 | Dominic Raab; Raab
GBR | 2021-09-15 | 2022-10-25 | Liz Truss; Elizabeth Truss
GBR | 2022-09-06 | 2023-11-13 | James Cleverly
GBR | 2023-11-13 | 2024-07-05 | David Cameron; Lord Cameron
FRA | 1981-05-21 | 1995-05-17 | François Mitterrand; Francois Mitterrand; Mitterrand
FRA | 1981-05-22 | 1985-09-20 | Charles Hernu; Hernu
FRA | 1984-07-17 | 1986-03-20 | Laurent Fabius; Fabius
FRA | 1984-12-07 | 1986-03-20 | Roland Dumas
FRA | 1986-03-20 | 1988-05-10 | Jacques Chirac; Chirac
FRA | 1988-05-10 | 1991-05-15 | Michel Rocard; Rocard
FRA | 1988-05-12 | 1991-01-29 | Jean-Pierre Chevènement; Jean-Pierre Chevenement; Chevènement
FRA | 1988-05-12 | 1993-03-29 | Roland Dumas
FRA | 1991-05-15 | 1992-04-02 | Édith Cresson; Edith Cresson; Cresson
FRA | 1992-04-02 | 1993-03-29 | Pierre Bérégovoy; Pierre Beregovoy; Bérégovoy; Beregovoy
FRA | 1993-03-29 | 1995-05-17 | Édouard Balladur; Edouard Balladur; Balladur
FRA | 1993-03-30 | 1997-06-02 | Alain Juppé; Alain Juppe; Juppé; Juppe
FRA | 1995-05-17 | 2007-05-16 | Jacques Chirac; Chirac
FRA | 1997-06-02 | 2002-05-06 | Lionel Jospin; Jospin
FRA | 1997-06-04 | 2002-05-07 | Hubert Védrine; Hubert Vedrine; Védrine; Vedrine
FRA | 2002-05-06 | 2005-05-31 | Jean-Pierre Raffarin; Raffarin
FRA | 2002-05-07 | 2007-05-17 | Dominique de Villepin; de Villepin; Villepin
FRA | 2002-05-07 | 2011-02-27 | Michèle Alliot-Marie; Michele Alliot-Marie; Alliot-Marie
FRA | 2004-03-31 | 2005-06-02 | Michel Barnier
FRA | 2007-05-16 | 2012-05-15 | Nicolas Sarkozy; Sarkozy
FRA | 2007-05-17 | 2012-05-15 | François Fillon; Francois Fillon; Fillon
FRA | 2007-05-18 | 2010-11-14 | Bernard Kouchner; Kouchner
FRA | 2010-11-14 | 2012-05-16 | Alain Juppé; Alain Juppe; Juppé; Juppe
FRA | 2012-05-15 | 2014-03-31 | Jean-Marc Ayrault; Ayrault
FRA | 2012-05-15 | 2017-05-14 | François Hollande; Francois Hollande; Hollande
FRA | 2012-05-16 | 2016-02-11 | Laurent Fabius; Fabius
FRA | 2012-05-16 | 2022-05-20 | Jean-Yves Le Drian; Le Drian
FRA | 2014-03-31 | 2016-12-06 | Manuel Valls; Valls
FRA | 2016-02-11 | 2017-05-17 | Jean-Marc Ayrault; Ayrault
FRA | 2016-12-06 | 2017-05-15 | Bernard Cazeneuve; Cazeneuve
FRA | 2017-05-15 | 2020-07-03 | Édouard Philippe; Edouard Philippe
FRA | 2017-06-21 | 2022-05-20 | Florence Parly; Parly
FRA | 2020-07-03 | 2022-05-16 | Jean Castex; Castex
FRA | 2022-05-16 | 2024-01-09 | Élisabeth Borne; Elisabeth Borne
FRA | 2022-05-20 | 2024-01-11 | Catherine Colonna
FRA | 2024-01-09 | 2024-09-05 | Gabriel Attal; Attal
FRA | 2024-01-11 | 2024-09-21 | Stéphane Séjourné; Stephane Sejourne; Séjourné; Sejourne
FRA | 2024-09-05 | 2024-12-13 | Michel Barnier; Barnier
FRA | 2024-12-13 | 2025-09-09 | François Bayrou; Francois Bayrou; Bayrou
DEU | 1982-10-01 | 1998-10-27 | Helmut Kohl; Kohl
DEU | 1982-10-04 | 1988-05-18 | Manfred Wörner; Manfred Woerner; Wörner; Woerner
DEU | 1982-10-04 | 1992-05-18 | Hans-Dietrich Genscher; Genscher
DEU | 1984-07-01 | 1994-06-30 | Richard von Weizsäcker; Richard von Weizsaecker; von Weizsäcker
DEU | 1992-04-01 | 1998-10-27 | Volker Rühe; Volker Ruehe; Rühe; Ruehe
DEU | 1992-05-18 | 1998-10-27 | Klaus Kinkel; Kinkel
DEU | 1998-10-27 | 2002-07-19 | Rudolf Scharping; Scharping
DEU | 1998-10-27 | 2005-11-22 | Gerhard Schröder; Gerhard Schroeder; Schröder
DEU | 1998-10-27 | 2005-11-22 | Joschka Fischer
DEU | 2005-11-22 | 2009-10-28 | Frank-Walter Steinmeier; Steinmeier
DEU | 2005-11-22 | 2021-12-08 | Angela Merkel; Merkel
DEU | 2009-10-28 | 2011-03-03 | Karl-Theodor zu Guttenberg; zu Guttenberg; Guttenberg
DEU | 2009-10-28 | 2013-12-17 | Guido Westerwelle; Westerwelle
DEU | 2011-03-03 | 2013-12-17 | Thomas de Maizière; Thomas de Maiziere; de Maizière; de Maiziere
DEU | 2012-03-18 | 2017-03-18 | Joachim Gauck; Gauck
DEU | 2013-12-17 | 2017-01-27 | Frank-Walter Steinmeier; Steinmeier
DEU | 2013-12-17 | 2019-07-17 | Ursula von der Leyen; von der Leyen
DEU | 2017-01-27 | 2018-03-14 | Sigmar Gabriel
DEU | 2018-03-14 | 2021-12-08 | Heiko Maas
DEU | 2019-07-17 | 2021-12-08 | Annegret Kramp-Karrenbauer; Kramp-Karrenbauer
DEU | 2021-12-08 | 2023-01-19 | Christine Lambrecht; Lambrecht
JPN | 1982-11-27 | 1987-11-06 | Yasuhiro Nakasone; Nakasone
JPN | 1987-11-06 | 1989-06-03 | Noboru Takeshita; Takeshita
JPN | 1989-01-07 | 2019-04-30 | Emperor Akihito; Akihito
JPN | 1989-08-10 | 1991-11-05 | Toshiki Kaifu; Kaifu
JPN | 1991-11-05 | 1993-08-09 | Kiichi Miyazawa; Miyazawa
JPN | 1993-08-09 | 1994-04-28 | Morihiro Hosokawa; Hosokawa
JPN | 1994-06-30 | 1996-01-11 | Tomiichi Murayama; Murayama
JPN | 1996-01-11 | 1998-07-30 | Ryutaro Hashimoto; Ryūtarō Hashimoto
JPN | 1997-09-11 | 2000-04-05 | Keizo Obuchi; Keizō Obuchi; Obuchi
JPN | 2000-04-05 | 2001-04-26 | Yoshiro Mori; Yoshirō Mori
JPN | 2001-04-26 | 2006-09-26 | Junichiro Koizumi; Jun'ichirō Koizumi; Koizumi
JPN | 2005-10-31 | 2007-08-27 | Taro Aso; Tarō Asō
JPN | 2006-09-26 | 2007-09-26 | Shinzo Abe; Shinzō Abe; Abe
JPN | 2007-09-26 | 2008-09-24 | Yasuo Fukuda; Fukuda
JPN | 2008-09-24 | 2009-09-16 | Taro Aso; Tarō Asō; Aso
JPN | 2009-09-16 | 2010-06-08 | Yukio Hatoyama; Hatoyama
JPN | 2010-06-08 | 2011-09-02 | Naoto Kan
JPN | 2011-09-02 | 2012-12-26 | Yoshihiko Noda
JPN | 2012-12-26 | 2017-08-03 | Fumio Kishida; Kishida
JPN | 2012-12-26 | 2020-09-16 | Shinzo Abe; Shinzō Abe; Abe
JPN | 2017-08-03 | 2018-10-02 | Itsunori Onodera; Onodera
JPN | 2017-08-03 | 2020-09-16 | Taro Kono; Tarō Kōno
JPN | 2019-09-11 | 2021-11-10 | Toshimitsu Motegi; Motegi
JPN | 2020-09-16 | 2021-10-04 | Yoshihide Suga
JPN | 2021-11-10 | 2023-09-13 | Yoshimasa Hayashi
JPN | 2023-09-13 | 2024-10-01 | Yoko Kamikawa; Yōko Kamikawa; Kamikawa
JPN | 2024-10-01 | 2025-10-21 | Takeshi Iwaya; Iwaya
JPN | 2024-10-01 | 2025-10-21 | Gen Nakatani
IND | 1984-10-31 | 1989-12-02 | Rajiv Gandhi
IND | 1989-12-02 | 1990-11-10 | V. P. Singh; V.P. Singh; VP Singh; Vishwanath Pratap Singh
IND | 1990-11-10 | 1991-06-21 | Chandra Shekhar
IND | 1991-06-21 | 1996-05-16 | P. V. Narasimha Rao; P.V. Narasimha Rao; Narasimha Rao
IND | 1996-05-16 | 1996-06-01 | Atal Bihari Vajpayee; Vajpayee
IND | 1996-06-01 | 1997-04-21 | H. D. Deve Gowda; H.D. Deve Gowda; Deve Gowda
IND | 1996-06-01 | 1998-03-19 | I. K. Gujral; I.K. Gujral; Inder Kumar Gujral; Gujral
IND | 1998-03-19 | 2001-03-16 | George Fernandes
IND | 1998-03-19 | 2004-05-22 | Atal Bihari Vajpayee; Vajpayee
IND | 1998-12-05 | 2002-07-01 | Jaswant Singh
IND | 2001-10-21 | 2004-05-22 | George Fernandes
IND | 2002-07-01 | 2004-05-22 | Yashwant Sinha
IND | 2004-05-22 | 2009-05-22 | Pranab Mukherjee
IND | 2004-05-22 | 2014-05-26 | Manmohan Singh
IND | 2006-10-26 | 2014-05-26 | A. K. Antony; A.K. Antony; AK Antony
IND | 2012-07-25 | 2017-07-25 | Pranab Mukherjee
IND | 2012-10-28 | 2014-05-26 | Salman Khurshid; Khurshid
IND | 2014-05-26 | 2014-11-09 | Arun Jaitley; Jaitley
IND | 2014-05-26 | 2019-05-30 | Sushma Swaraj
IND | 2014-11-09 | 2017-03-14 | Manohar Parrikar; Parrikar
IND | 2017-03-14 | 2017-09-03 | Arun Jaitley; Jaitley
IND | 2017-09-03 | 2019-05-30 | Nirmala Sitharaman; Sitharaman
PAK | 1977-07-05 | 1988-08-17 | Muhammad Zia-ul-Haq; Mohammad Zia-ul-Haq; Zia-ul-Haq; Zia ul-Haq
PAK | 1985-03-23 | 1988-05-29 | Muhammad Khan Junejo; Mohammad Khan Junejo; Junejo
PAK | 1988-08-17 | 1993-07-18 | Ghulam Ishaq Khan
PAK | 1988-12-02 | 1990-08-06 | Benazir Bhutto; Benazir; Bhutto
PAK | 1990-11-06 | 1993-07-18 | Nawaz Sharif
PAK | 1993-10-19 | 1996-11-05 | Benazir Bhutto; Benazir; Bhutto
PAK | 1993-11-14 | 1997-12-02 | Farooq Leghari; Farooq Ahmad Khan Leghari; Leghari
PAK | 1997-02-17 | 1999-10-12 | Nawaz Sharif
PAK | 1999-10-12 | 2008-08-18 | Pervez Musharraf; Musharraf
PAK | 2004-08-28 | 2007-11-16 | Shaukat Aziz
PAK | 2008-03-25 | 2012-06-19 | Yousaf Raza Gilani; Yousaf Raza Gillani; Gilani; Gillani
PAK | 2008-03-31 | 2011-02-11 | Shah Mehmood Qureshi; Shah Mahmood Qureshi
PAK | 2008-09-09 | 2013-09-09 | Asif Ali Zardari; Zardari
PAK | 2013-06-05 | 2017-07-28 | Nawaz Sharif
PAK | 2018-08-18 | 2022-04-10 | Imran Khan
PAK | 2018-08-20 | 2022-04-10 | Shah Mehmood Qureshi; Shah Mahmood Qureshi
PAK | 2018-09-09 | 2024-03-10 | Arif Alvi; Alvi
PAK | 2022-04-27 | 2023-08-10 | Bilawal Bhutto Zardari; Bilawal Bhutto; Bilawal; Zardari
ISR | 1980-03-10 | 1992-07-13 | Yitzhak Shamir; Shamir
ISR | 1984-09-13 | 1988-12-22 | Shimon Peres; Peres
ISR | 1984-09-13 | 1990-03-15 | Yitzhak Rabin; Rabin
ISR | 1988-12-22 | 1992-07-13 | Moshe Arens; Arens
ISR | 1992-07-13 | 1995-11-04 | Yitzhak Rabin; Rabin
ISR | 1992-07-13 | 1996-06-18 | Shimon Peres; Peres
ISR | 1993-05-13 | 2000-07-13 | Ezer Weizman; Weizman
ISR | 1996-06-18 | 1999-07-06 | Benjamin Netanyahu; Binyamin Netanyahu; Netanyahu
ISR | 1998-10-09 | 1999-07-06 | Ariel Sharon
ISR | 1999-07-06 | 2001-03-07 | Ehud Barak
ISR | 2001-03-07 | 2002-11-02 | Shimon Peres; Peres
ISR | 2001-03-07 | 2006-04-14 | Ariel Sharon
ISR | 2002-11-04 | 2006-05-04 | Shaul Mofaz; Mofaz
ISR | 2002-11-06 | 2003-02-28 | Benjamin Netanyahu; Binyamin Netanyahu; Netanyahu
ISR | 2006-01-04 | 2009-03-31 | Ehud Olmert; Olmert
ISR | 2006-05-04 | 2007-06-18 | Amir Peretz; Peretz
ISR | 2006-05-04 | 2009-03-31 | Tzipi Livni; Livni
ISR | 2007-06-18 | 2013-03-18 | Ehud Barak
ISR | 2007-07-15 | 2014-07-24 | Shimon Peres; Peres
ISR | 2009-03-31 | 2012-12-18 | Avigdor Lieberman; Avigdor Liberman
ISR | 2009-03-31 | 2021-06-13 | Benjamin Netanyahu; Binyamin Netanyahu; Netanyahu
ISR | 2013-03-18 | 2016-05-20 | Moshe Ya'alon; Moshe Yaalon; Ya'alon; Yaalon
ISR | 2013-11-11 | 2015-05-14 | Avigdor Lieberman; Avigdor Liberman
ISR | 2014-07-24 | 2021-07-07 | Reuven Rivlin; Rivlin
ISR | 2016-05-30 | 2018-11-14 | Avigdor Lieberman; Avigdor Liberman
ISR | 2019-11-12 | 2020-05-17 | Naftali Bennett
ISR | 2020-05-17 | 2022-12-29 | Benny Gantz; Gantz
ISR | 2021-06-13 | 2022-06-30 | Naftali Bennett
ISR | 2021-06-13 | 2022-12-29 | Yair Lapid; Lapid
ISR | 2022-12-29 | 2024-11-07 | Yoav Gallant
ISR | 2024-01-01 | 2024-11-07 | Israel Katz
IRN | 1979-02-11 | 1989-06-03 | Ruhollah Khomeini; Ayatollah Khomeini; Khomeini
IRN | 1981-10-13 | 1989-06-04 | Ali Khamenei; Khamenei
IRN | 1981-10-31 | 1989-08-03 | Mir-Hossein Mousavi; Mir Hossein Mousavi
IRN | 1981-12-15 | 1997-08-20 | Ali Akbar Velayati; Velayati
IRN | 1989-08-03 | 1997-08-03 | Akbar Hashemi Rafsanjani; Hashemi Rafsanjani; Rafsanjani
IRN | 1997-08-03 | 2005-08-03 | Mohammad Khatami; Khatami
IRN | 1997-08-20 | 2005-08-24 | Kamal Kharrazi; Kharrazi
IRN | 1997-08-20 | 2005-08-24 | Ali Shamkhani; Shamkhani
IRN | 2005-08-03 | 2013-08-03 | Mahmoud Ahmadinejad; Ahmadinejad
IRN | 2005-08-24 | 2010-12-13 | Manouchehr Mottaki; Mottaki
IRN | 2009-09-03 | 2013-08-15 | Ahmad Vahidi; Vahidi
IRN | 2010-12-13 | 2013-08-15 | Ali Akbar Salehi
IRN | 2013-08-03 | 2021-08-03 | Hassan Rouhani; Hassan Rohani; Rouhani; Rohani
IRN | 2013-08-15 | 2017-08-20 | Hossein Dehghan; Dehghan
IRN | 2013-08-15 | 2021-08-25 | Mohammad Javad Zarif; Javad Zarif; Zarif
IRN | 2021-08-25 | 2024-05-19 | Hossein Amir-Abdollahian; Hossein Amirabdollahian; Amir-Abdollahian
IRN | 2021-08-25 | 2024-08-21 | Mohammad-Reza Gharaei Ashtiani; Mohammad Reza Ashtiani; Ashtiani
IRQ | 1979-07-16 | 2003-04-09 | Saddam Hussein; Saddam; Tariq Aziz; Tareq Aziz
IRQ | 2003-09-01 | 2014-09-08 | Hoshyar Zebari; Zebari
IRQ | 2004-06-28 | 2005-05-03 | Ayad Allawi; Iyad Allawi; Allawi
IRQ | 2005-04-07 | 2014-07-24 | Jalal Talabani; Talabani
IRQ | 2005-05-03 | 2006-05-20 | Ibrahim al-Jaafari; Ibrahim al-Jafari
IRQ | 2006-05-20 | 2014-09-08 | Nouri al-Maliki; Nuri al-Maliki; Nouri Maliki
IRQ | 2014-09-08 | 2018-10-25 | Ibrahim al-Jaafari; Ibrahim al-Jafari
IRQ | 2014-09-08 | 2018-10-25 | Haider al-Abadi; Haidar al-Abadi; Abadi
IRQ | 2018-10-02 | 2022-10-17 | Barham Salih; Barham Saleh
IRQ | 2018-10-25 | 2020-05-07 | Adil Abdul-Mahdi; Adel Abdul Mahdi; Abdul-Mahdi
IRQ | 2020-05-07 | 2022-10-27 | Mustafa al-Kadhimi; Mustafa Al-Kadhimi; Kadhimi
SYR | 1971-03-14 | 2000-06-10 | Hafez al-Assad; Hafez Assad; Hafez al-Asad; Assad
SYR | 1972-03-01 | 2004-05-01 | Mustafa Tlass; Mustafa Tlas; Tlass
SYR | 1984-03-11 | 2006-02-11 | Farouk al-Sharaa; Farouq al-Sharaa; Farouk al-Shara
SYR | 2000-06-10 | 2000-07-17 | Bashar al-Assad; Assad
SYR | 2006-02-11 | 2020-11-16 | Walid Muallem; Walid al-Muallem; Walid al-Moallem; Muallem
SYR | 2011-08-08 | 2012-07-18 | Dawoud Rajiha; Daoud Rajha
SYR | 2012-07-18 | 2018-01-01 | Fahd Jassem al-Freij; Fahd Jassim al-Freij
SYR | 2018-01-01 | 2022-04-28 | Ali Abdullah Ayyoub
SYR | 2020-11-22 | 2024-12-08 | Faisal Mekdad; Faisal al-Mekdad; Faisal Miqdad; Mekdad
SAU | 1962-10-22 | 2011-10-22 | Sultan bin Abdulaziz; Prince Sultan bin Abdulaziz
SAU | 1975-10-13 | 2015-04-29 | Saud al-Faisal; Prince Saud al-Faisal
SAU | 1982-06-13 | 2005-08-01 | King Fahd; Fahd bin Abdulaziz
SAU | 2005-08-01 | 2015-01-23 | Abdullah bin Abdulaziz; King Abdullah bin Abdulaziz
SAU | 2015-04-29 | 2018-12-27 | Adel al-Jubeir; Jubeir
ARE | 1971-12-02 | 2004-11-02 | Zayed bin Sultan Al Nahyan; Sheikh Zayed bin Sultan
ARE | 2004-11-03 | 2022-05-13 | Khalifa bin Zayed Al Nahyan; Khalifa bin Zayed
QAT | 1992-09-01 | 2013-06-26 | Hamad bin Jassim Al Thani; Hamad bin Jassim; Hamad bin Jassem
QAT | 1995-06-27 | 2013-06-25 | Hamad bin Khalifa Al Thani; Sheikh Hamad bin Khalifa
JOR | 1952-08-11 | 1999-02-07 | King Hussein; Hussein bin Talal
TUR | 1980-09-12 | 1989-11-09 | Kenan Evren; Evren
TUR | 1983-12-13 | 1993-04-17 | Turgut Özal; Turgut Ozal; Özal; Ozal
TUR | 1991-06-23 | 1991-11-20 | Mesut Yılmaz; Mesut Yilmaz
TUR | 1991-11-20 | 2000-05-16 | Süleyman Demirel; Suleyman Demirel; Demirel
TUR | 1993-06-25 | 1996-03-06 | Tansu Çiller; Tansu Ciller; Çiller; Ciller
TUR | 1996-03-06 | 1996-06-28 | Mesut Yılmaz; Mesut Yilmaz
TUR | 1996-06-28 | 1997-06-30 | Tansu Çiller; Tansu Ciller; Çiller; Ciller
TUR | 1996-06-28 | 1997-06-30 | Necmettin Erbakan; Erbakan
TUR | 1997-06-30 | 1999-01-11 | Mesut Yılmaz; Mesut Yilmaz
TUR | 1999-01-11 | 2002-11-18 | Bülent Ecevit; Bulent Ecevit; Ecevit
TUR | 2000-05-16 | 2007-08-28 | Ahmet Necdet Sezer; Necdet Sezer; Sezer
TUR | 2002-11-18 | 2014-08-28 | Abdullah Gül; Abdullah Gul
TUR | 2009-05-01 | 2016-05-24 | Ahmet Davutoğlu; Ahmet Davutoglu; Davutoğlu; Davutoglu
TUR | 2014-08-29 | 2023-06-04 | Mevlüt Çavuşoğlu; Mevlut Cavusoglu; Çavuşoğlu; Cavusoglu
TUR | 2015-08-30 | 2023-06-04 | Hulusi Akar; Akar
TUR | 2016-05-24 | 2018-07-09 | Binali Yıldırım; Binali Yildirim
EGY | 1981-10-14 | 2011-02-11 | Hosni Mubarak; Mubarak
EGY | 1991-05-20 | 2001-05-15 | Amr Moussa
EGY | 1991-05-20 | 2012-08-12 | Mohamed Hussein Tantawi; Field Marshal Tantawi
EGY | 2004-07-14 | 2011-03-06 | Ahmed Aboul Gheit; Ahmed Abul Gheit; Aboul Gheit
EGY | 2012-06-30 | 2013-07-03 | Mohamed Morsi; Mohammed Morsi; Mohamed Mursi; Morsi; Mursi
EGY | 2012-08-12 | 2014-06-08 | Abdel Fattah al-Sisi; Abdel Fattah el-Sisi; Sisi
EGY | 2013-07-04 | 2014-06-08 | Adly Mansour
EGY | 2014-06-17 | 2024-07-03 | Sameh Shoukry; Shoukry
LBY | 1969-09-01 | 2011-10-20 | Muammar Gaddafi; Muammar Qaddafi; Moammar Gadhafi; Gaddafi
LBY | 1969-09-01 | 2011-10-20 | Muammar al-Gaddafi; Colonel Gaddafi; Qaddafi; Gadhafi; Kadhafi
LBY | 2011-03-05 | 2012-08-08 | Mustafa Abdul Jalil; Mustafa Abdel Jalil
LBY | 2016-03-30 | 2021-03-15 | Fayez al-Sarraj; Fayez Sarraj; Sarraj
LBN | 1992-10-31 | 1998-12-04 | Rafik Hariri; Rafic Hariri; Rafiq Hariri; Hariri
LBN | 1998-11-24 | 2007-11-23 | Émile Lahoud; Emile Lahoud; Lahoud
LBN | 2000-10-23 | 2004-10-21 | Rafik Hariri; Rafic Hariri; Rafiq Hariri; Hariri
LBN | 2009-11-09 | 2011-06-13 | Saad Hariri; Saad al-Hariri; Hariri
LBN | 2016-10-31 | 2022-10-30 | Michel Aoun; Aoun
LBN | 2016-12-18 | 2020-01-21 | Saad Hariri; Saad al-Hariri; Hariri
SDN | 1989-06-30 | 2019-04-11 | Omar al-Bashir; Omar Hassan al-Bashir; Omar el-Bashir
PSE | 1969-02-04 | 2004-11-11 | Yasser Arafat; Yasir Arafat; Arafat
YEM | 1978-07-17 | 2012-02-25 | Ali Abdullah Saleh
YEM | 2012-02-25 | 2022-04-07 | Abdrabbuh Mansur Hadi; Abd-Rabbu Mansour Hadi
UKR | 1990-07-23 | 1994-07-19 | Leonid Kravchuk; Kravchuk
UKR | 1992-10-13 | 1993-09-22 | Leonid Kuchma; Kuchma
UKR | 1994-07-19 | 2005-01-23 | Leonid Kuchma; Kuchma
UKR | 1999-12-22 | 2001-05-29 | Viktor Yushchenko; Yushchenko
UKR | 2002-11-21 | 2005-01-05 | Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich
UKR | 2005-01-23 | 2010-02-25 | Viktor Yushchenko; Yushchenko
UKR | 2005-01-24 | 2005-09-08 | Yulia Tymoshenko; Tymoshenko
UKR | 2006-08-04 | 2007-12-18 | Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich
UKR | 2007-03-21 | 2007-12-04 | Arseniy Yatsenyuk; Arseny Yatsenyuk; Yatsenyuk
UKR | 2007-12-18 | 2010-03-04 | Yulia Tymoshenko; Tymoshenko
UKR | 2009-10-09 | 2010-03-11 | Petro Poroshenko; Poroshenko
UKR | 2010-02-25 | 2014-02-22 | Viktor Yanukovych; Viktor Yanukovich; Yanukovych; Yanukovich
UKR | 2014-02-23 | 2014-06-07 | Oleksandr Turchynov; Turchynov
UKR | 2014-02-27 | 2016-04-14 | Arseniy Yatsenyuk; Arseny Yatsenyuk; Yatsenyuk
UKR | 2014-06-07 | 2019-05-20 | Petro Poroshenko; Poroshenko
UKR | 2014-06-19 | 2019-08-29 | Pavlo Klimkin; Klimkin
UKR | 2014-10-14 | 2019-08-29 | Stepan Poltorak; Poltorak
UKR | 2016-04-14 | 2019-08-29 | Volodymyr Groysman; Volodymyr Hroisman; Groysman
UKR | 2019-08-29 | 2020-03-04 | Oleksiy Honcharuk; Oleksii Honcharuk; Honcharuk
UKR | 2020-03-04 | 2025-07-17 | Denys Shmyhal; Denis Shmygal; Shmyhal
BLR | 1991-09-18 | 1994-01-26 | Stanislav Shushkevich; Stanislau Shushkevich; Shushkevich
BLR | 2012-08-20 | 2022-11-26 | Vladimir Makei; Uladzimir Makei; Makei
KAZ | 1989-06-22 | 2019-03-20 | Nursultan Nazarbayev; Nursultan Nazarbaev; Nazarbayev; Nazarbaev
KAZ | 1994-10-13 | 2007-01-11 | Kassym-Jomart Tokayev; Tokayev
ARM | 1990-08-04 | 1998-02-03 | Levon Ter-Petrosyan; Levon Ter-Petrossian; Ter-Petrosyan
ARM | 1997-03-20 | 2008-04-09 | Robert Kocharyan; Robert Kocharian; Kocharyan
ARM | 2007-04-04 | 2018-04-23 | Serzh Sargsyan; Serzh Sarkisian; Serzh Sargsian
ARM | 2008-04-09 | 2018-05-12 | Eduard Nalbandyan; Edward Nalbandian; Nalbandyan
ARM | 2018-05-12 | 2020-11-16 | Zohrab Mnatsakanyan; Mnatsakanyan
AZE | 1993-06-15 | 2003-10-31 | Heydar Aliyev; Heydar Aliev; Aliyev
AZE | 2004-04-02 | 2020-07-16 | Elmar Mammadyarov; Mammadyarov
GEO | 1990-11-14 | 1992-01-06 | Zviad Gamsakhurdia; Gamsakhurdia
GEO | 1992-03-10 | 2003-11-23 | Eduard Shevardnadze; Shevardnadze
GEO | 2004-01-25 | 2013-11-17 | Mikheil Saakashvili; Mikhail Saakashvili; Saakashvili
GEO | 2012-10-25 | 2013-11-20 | Bidzina Ivanishvili; Ivanishvili
GEO | 2013-11-17 | 2018-12-16 | Giorgi Margvelashvili; Margvelashvili
GEO | 2013-11-20 | 2015-12-30 | Irakli Garibashvili; Irakli Gharibashvili; Garibashvili
GEO | 2018-12-16 | 2024-12-29 | Salome Zourabichvili; Salome Zurabishvili; Zourabichvili
GEO | 2019-09-08 | 2024-02-08 | Irakli Garibashvili; Irakli Gharibashvili; Garibashvili
PRK | 1948-09-09 | 1994-07-08 | Kim Il Sung; Kim Il-sung; Kim Il-Sung
PRK | 1994-07-08 | 2011-12-17 | Kim Jong Il; Kim Jong-il; Kim Jong-Il
PRK | 1998-09-05 | 2019-04-11 | Kim Yong Nam; Kim Yong-nam
PRK | 2014-04-09 | 2016-05-01 | Ri Su Yong; Ri Su-yong
PRK | 2016-05-01 | 2020-01-01 | Ri Yong Ho; Ri Yong-ho
PRK | 2020-01-01 | 2022-06-11 | Ri Son Gwon; Ri Son-gwon
KOR | 1980-09-01 | 1988-02-25 | Chun Doo-hwan; Chun Doo Hwan
KOR | 1988-02-25 | 1993-02-25 | Roh Tae-woo; Roh Tae Woo; Roh
KOR | 1993-02-25 | 1998-02-25 | Kim Young-sam; Kim Young Sam
KOR | 1998-02-25 | 2003-02-25 | Kim Dae-jung; Kim Dae Jung
KOR | 2003-02-25 | 2008-02-25 | Roh Moo-hyun; Roh Moo Hyun; Roh
KOR | 2004-01-17 | 2006-11-09 | Ban Ki-moon; Ban Ki Moon
KOR | 2008-02-25 | 2013-02-25 | Lee Myung-bak; Lee Myung Bak
KOR | 2013-02-25 | 2017-03-10 | Park Geun-hye; Park Geun Hye
KOR | 2013-03-11 | 2017-06-18 | Yun Byung-se; Yun Byung Se; Yoon Byung-se
KOR | 2015-06-18 | 2017-05-11 | Hwang Kyo-ahn; Hwang Kyo Ahn
KOR | 2017-05-10 | 2022-05-10 | Moon Jae-in; Moon Jae In
KOR | 2017-06-18 | 2021-02-08 | Kang Kyung-wha; Kang Kyung Wha
KOR | 2018-09-21 | 2020-09-18 | Jeong Kyeong-doo; Jeong Kyeong Doo
KOR | 2020-09-18 | 2022-05-10 | Suh Wook
KOR | 2021-02-09 | 2022-05-10 | Chung Eui-yong; Chung Eui Yong
KOR | 2022-05-10 | 2023-10-07 | Lee Jong-sup; Lee Jong Sup
KOR | 2022-05-12 | 2024-01-10 | Park Jin
KOR | 2022-05-21 | 2025-05-01 | Han Duck-soo; Han Duck Soo
KOR | 2023-10-07 | 2025-06-04 | Shin Won-sik; Shin Won Sik
KOR | 2024-01-11 | 2025-07-01 | Cho Tae-yul; Cho Tae Yul
KOR | 2024-12-27 | 2025-03-24 | Choi Sang-mok; Choi Sang Mok
AUS | 1983-03-11 | 1991-12-20 | Bob Hawke; Hawke
AUS | 1984-12-13 | 1990-04-04 | Kim Beazley; Beazley
AUS | 1988-09-02 | 1996-03-11 | Gareth Evans
AUS | 1991-12-20 | 1996-03-11 | Paul Keating; Keating
AUS | 1996-03-11 | 2007-12-03 | John Howard
AUS | 1996-03-11 | 2007-12-03 | Alexander Downer
AUS | 2007-12-03 | 2012-02-22 | Kevin Rudd; Rudd
AUS | 2007-12-03 | 2013-09-18 | Stephen Smith
AUS | 2010-06-24 | 2013-06-27 | Julia Gillard; Gillard
AUS | 2013-06-27 | 2013-09-18 | Kevin Rudd; Rudd
AUS | 2013-09-18 | 2015-09-15 | Tony Abbott
AUS | 2013-09-18 | 2018-08-28 | Julie Bishop
AUS | 2015-09-15 | 2018-08-24 | Malcolm Turnbull; Turnbull
AUS | 2015-09-21 | 2022-05-23 | Marise Payne
VNM | 1986-12-18 | 1991-06-28 | Nguyen Van Linh; Nguyễn Văn Linh
VNM | 1988-06-22 | 1997-12-26 | Do Muoi; Đỗ Mười
VNM | 1991-08-08 | 1997-09-25 | Vo Van Kiet; Võ Văn Kiệt
VNM | 1997-09-25 | 2006-06-27 | Phan Van Khai; Phan Văn Khải
VNM | 2001-04-22 | 2011-01-19 | Nong Duc Manh; Nông Đức Mạnh
VNM | 2006-06-27 | 2016-04-07 | Nguyen Tan Dung; Nguyễn Tấn Dũng
VNM | 2011-01-19 | 2024-07-19 | Nguyen Phu Trong; Nguyễn Phú Trọng
VNM | 2011-07-25 | 2016-04-02 | Truong Tan Sang; Trương Tấn Sang
VNM | 2016-04-02 | 2018-09-21 | Tran Dai Quang; Trần Đại Quang
VNM | 2016-04-07 | 2023-01-18 | Nguyen Xuan Phuc; Nguyễn Xuân Phúc
VNM | 2023-03-02 | 2024-03-21 | Vo Van Thuong; Võ Văn Thưởng
IDN | 1967-03-12 | 1998-05-21 | Suharto; Soeharto
IDN | 1988-03-21 | 1999-10-20 | Ali Alatas; Alatas
IDN | 1998-05-21 | 1999-10-20 | B. J. Habibie; B.J. Habibie; BJ Habibie; Habibie
IDN | 1999-10-20 | 2001-07-23 | Abdurrahman Wahid; Gus Dur
IDN | 2001-07-23 | 2004-10-20 | Megawati Sukarnoputri; Megawati Soekarnoputri; Megawati
IDN | 2004-10-20 | 2014-10-20 | Susilo Bambang Yudhoyono; Yudhoyono
IDN | 2009-10-22 | 2014-10-20 | Marty Natalegawa; Natalegawa
IDN | 2014-10-27 | 2024-10-20 | Retno Marsudi; Retno L. P. Marsudi
PHL | 1965-12-30 | 1986-02-25 | Ferdinand Marcos; Ferdinand E. Marcos
PHL | 1986-02-25 | 1992-06-30 | Corazon Aquino; Cory Aquino; Aquino
PHL | 1992-06-30 | 1998-06-30 | Fidel Ramos; Fidel V. Ramos
PHL | 1998-06-30 | 2001-01-20 | Joseph Estrada
PHL | 2001-01-20 | 2010-06-30 | Gloria Macapagal Arroyo; Gloria Macapagal-Arroyo; Gloria Arroyo
PHL | 2010-06-30 | 2016-06-30 | Benigno Aquino III; Benigno Aquino; Noynoy Aquino; Aquino
PHL | 2016-06-30 | 2022-06-30 | Rodrigo Duterte; Duterte
AFG | 1979-12-27 | 1986-11-24 | Babrak Karmal; Karmal
AFG | 1986-05-04 | 1992-04-16 | Mohammad Najibullah; Najibullah
AFG | 1992-06-28 | 2001-12-22 | Burhanuddin Rabbani
AFG | 1996-09-27 | 2001-11-13 | Mullah Omar; Mullah Mohammad Omar
AFG | 2001-12-22 | 2014-09-29 | Hamid Karzai; Karzai
AFG | 2014-09-29 | 2021-08-15 | Ashraf Ghani; Abdullah Abdullah
CAN | 1984-09-17 | 1991-04-21 | Joe Clark
CAN | 1984-09-17 | 1993-06-25 | Brian Mulroney; Mulroney
CAN | 1993-11-04 | 2003-12-12 | Jean Chrétien; Jean Chretien; Chrétien; Chretien
CAN | 1996-01-25 | 2000-10-17 | Lloyd Axworthy; Axworthy
CAN | 2003-12-12 | 2006-02-06 | Paul Martin
CAN | 2006-02-06 | 2013-07-15 | Peter MacKay
CAN | 2006-02-06 | 2015-11-04 | Stephen Harper
CAN | 2011-05-18 | 2015-02-03 | John Baird
CAN | 2015-11-04 | 2017-01-10 | Stéphane Dion; Stephane Dion
CAN | 2015-11-04 | 2021-10-26 | Harjit Sajjan; Sajjan
CAN | 2017-01-10 | 2019-11-20 | Chrystia Freeland
CAN | 2019-11-20 | 2021-01-12 | François-Philippe Champagne; Francois-Philippe Champagne
CAN | 2021-10-26 | 2023-07-26 | Anita Anand
CAN | 2021-10-26 | 2025-05-13 | Mélanie Joly; Melanie Joly
CAN | 2023-07-26 | 2025-05-13 | Bill Blair
BRA | 1985-03-15 | 1990-03-15 | José Sarney; Jose Sarney; Sarney
BRA | 1990-03-15 | 1992-12-29 | Fernando Collor de Mello; Fernando Collor; Collor
BRA | 1992-10-02 | 1995-01-01 | Itamar Franco
BRA | 1995-01-01 | 2003-01-01 | Fernando Henrique Cardoso
BRA | 2003-01-01 | 2011-01-01 | Luiz Inácio Lula da Silva; Luiz Inacio Lula da Silva
BRA | 2003-01-01 | 2011-01-01 | Lula da Silva; Lula
BRA | 2003-01-01 | 2011-01-01 | Celso Amorim
BRA | 2011-01-01 | 2016-08-31 | Dilma Rousseff; Rousseff; Dilma
BRA | 2011-08-08 | 2015-01-01 | Celso Amorim
BRA | 2016-05-12 | 2019-01-01 | Michel Temer; Temer
BRA | 2019-01-01 | 2023-01-01 | Jair Bolsonaro; Bolsonaro
VEN | 1989-02-02 | 1993-05-21 | Carlos Andrés Pérez; Carlos Andres Perez
VEN | 1994-02-02 | 1999-02-02 | Rafael Caldera
VEN | 1999-02-02 | 2013-03-05 | Hugo Chávez; Hugo Chavez; Chávez; Chavez
VEN | 2006-08-09 | 2013-04-19 | Nicolás Maduro; Nicolas Maduro; Maduro
CUB | 1959-02-16 | 2008-02-24 | Fidel Castro
CUB | 1959-10-16 | 2021-04-19 | Raúl Castro; Raul Castro
CUB | 1999-05-28 | 2009-03-02 | Felipe Pérez Roque; Felipe Perez Roque
ITA | 1983-08-04 | 1987-04-17 | Bettino Craxi; Craxi
ITA | 1983-08-04 | 1992-06-28 | Giulio Andreotti; Andreotti
ITA | 1985-07-03 | 1992-04-28 | Francesco Cossiga; Cossiga
ITA | 1988-04-13 | 1989-07-22 | Ciriaco De Mita; De Mita
ITA | 1994-05-10 | 1995-01-17 | Silvio Berlusconi; Berlusconi
ITA | 1995-01-17 | 2001-06-11 | Lamberto Dini
ITA | 1996-05-17 | 1998-10-21 | Romano Prodi; Prodi
ITA | 1998-10-21 | 2000-04-25 | Massimo D'Alema; D'Alema
ITA | 1999-05-18 | 2006-05-15 | Carlo Azeglio Ciampi; Ciampi
ITA | 2001-06-11 | 2006-05-17 | Silvio Berlusconi; Berlusconi
ITA | 2002-11-14 | 2004-11-18 | Franco Frattini; Frattini
ITA | 2006-05-17 | 2008-05-08 | Romano Prodi; Prodi
ITA | 2006-05-17 | 2008-05-08 | Massimo D'Alema; D'Alema
ITA | 2008-05-08 | 2011-11-16 | Silvio Berlusconi; Berlusconi
ITA | 2008-05-08 | 2011-11-16 | Franco Frattini; Frattini
ITA | 2011-11-16 | 2013-04-28 | Mario Monti
ITA | 2013-04-28 | 2014-02-22 | Enrico Letta; Letta
ITA | 2014-02-22 | 2016-12-12 | Matteo Renzi; Renzi
ITA | 2014-10-31 | 2018-06-01 | Paolo Gentiloni; Gentiloni
ITA | 2018-06-01 | 2021-02-13 | Giuseppe Conte
ITA | 2019-09-05 | 2022-10-22 | Luigi Di Maio; Di Maio
ITA | 2021-02-13 | 2022-10-22 | Mario Draghi; Draghi
ESP | 1975-11-22 | 2014-06-19 | King Juan Carlos; Juan Carlos I
ESP | 1982-12-02 | 1996-05-05 | Felipe González; Felipe Gonzalez
ESP | 1992-06-22 | 1995-12-18 | Javier Solana
ESP | 1996-05-05 | 2004-04-17 | José María Aznar; Jose Maria Aznar; Aznar
ESP | 2004-04-17 | 2011-12-21 | José Luis Rodríguez Zapatero; Jose Luis Rodriguez Zapatero
ESP | 2004-04-17 | 2011-12-21 | Rodríguez Zapatero; Zapatero
ESP | 2004-04-18 | 2010-10-21 | Miguel Ángel Moratinos; Miguel Angel Moratinos; Moratinos
ESP | 2011-12-21 | 2018-06-02 | Mariano Rajoy; Rajoy
ESP | 2011-12-22 | 2016-11-04 | José Manuel García-Margallo; Jose Manuel Garcia-Margallo
ESP | 2011-12-22 | 2016-11-04 | García-Margallo; Garcia-Margallo
ESP | 2018-06-07 | 2019-11-30 | Josep Borrell
POL | 1981-02-11 | 1990-12-22 | Wojciech Jaruzelski; Jaruzelski
POL | 1989-08-24 | 1991-01-12 | Tadeusz Mazowiecki; Mazowiecki
POL | 1990-12-22 | 1995-12-22 | Lech Wałęsa; Lech Walesa; Wałęsa; Walesa
POL | 1995-12-23 | 2005-12-23 | Aleksander Kwaśniewski; Aleksander Kwasniewski
POL | 1995-12-23 | 2005-12-23 | Kwaśniewski; Kwasniewski
POL | 2005-10-31 | 2007-02-07 | Radosław Sikorski; Radoslaw Sikorski; Radek Sikorski; Sikorski
POL | 2005-12-23 | 2010-04-10 | Lech Kaczyński; Lech Kaczynski
POL | 2006-07-14 | 2007-11-16 | Jarosław Kaczyński; Jaroslaw Kaczynski
POL | 2007-11-16 | 2014-09-22 | Donald Tusk; Tusk
POL | 2007-11-16 | 2014-09-22 | Radosław Sikorski; Radoslaw Sikorski; Radek Sikorski; Sikorski
POL | 2010-04-10 | 2015-08-06 | Bronisław Komorowski; Bronislaw Komorowski; Komorowski
POL | 2015-11-16 | 2017-12-11 | Beata Szydło; Beata Szydlo; Szydło; Szydlo
POL | 2015-11-16 | 2018-01-09 | Antoni Macierewicz; Macierewicz
POL | 2017-12-11 | 2023-12-13 | Mateusz Morawiecki; Morawiecki
POL | 2018-01-09 | 2023-11-27 | Mariusz Błaszczak; Mariusz Blaszczak; Błaszczak; Blaszczak
POL | 2020-08-26 | 2023-11-27 | Zbigniew Rau
SRB | 1989-05-08 | 2000-10-07 | Slobodan Milošević; Slobodan Milosevic; Milošević; Milosevic
SRB | 2000-10-07 | 2003-03-07 | Vojislav Koštunica; Vojislav Kostunica; Koštunica; Kostunica
SRB | 2001-01-25 | 2003-03-12 | Zoran Đinđić; Zoran Djindjic; Đinđić; Djindjic
SRB | 2004-03-03 | 2008-07-07 | Vojislav Koštunica; Vojislav Kostunica; Koštunica; Kostunica
SRB | 2004-07-11 | 2012-04-05 | Boris Tadić; Boris Tadic; Tadić; Tadic
SRB | 2012-05-31 | 2017-05-31 | Tomislav Nikolić; Tomislav Nikolic
SRB | 2012-07-27 | 2020-10-28 | Ivica Dačić; Ivica Dacic; Dačić; Dacic
SRB | 2014-04-27 | 2017-05-31 | Aleksandar Vučić; Aleksandar Vucic; Vučić; Vucic
SRB | 2017-06-29 | 2024-03-20 | Ana Brnabić; Ana Brnabic; Brnabić; Brnabic
ZAF | 1977-04-01 | 1994-05-10 | Pik Botha; Roelof Botha
ZAF | 1978-10-09 | 1989-08-15 | P. W. Botha; P.W. Botha; PW Botha
ZAF | 1989-08-15 | 1994-05-10 | F. W. de Klerk; F.W. de Klerk; FW de Klerk; de Klerk; De Klerk
ZAF | 1994-05-10 | 1999-06-14 | Nelson Mandela; Mandela
ZAF | 1999-06-14 | 2008-09-24 | Thabo Mbeki; Mbeki
ZAF | 1999-06-17 | 2009-05-10 | Nkosazana Dlamini-Zuma; Nkosazana Dlamini Zuma
ZAF | 2008-09-25 | 2009-05-09 | Kgalema Motlanthe; Motlanthe
ZAF | 2009-05-09 | 2018-02-14 | Jacob Zuma; Zuma
ZAF | 2019-05-30 | 2024-07-03 | Naledi Pandor; Pandor
NGA | 1983-12-31 | 1985-08-27 | Muhammadu Buhari; Buhari
NGA | 1985-08-27 | 1993-08-26 | Ibrahim Babangida; Babangida
NGA | 1993-11-17 | 1998-06-08 | Sani Abacha; Abacha
NGA | 1999-05-29 | 2007-05-29 | Olusegun Obasanjo; Obasanjo
NGA | 2007-05-29 | 2010-05-05 | Umaru Musa Yar'Adua; Umaru Yar'Adua; Yar'Adua
NGA | 2010-02-09 | 2015-05-29 | Goodluck Jonathan
NGA | 2015-05-29 | 2023-05-29 | Muhammadu Buhari; Buhari
ETH | 1977-02-03 | 1991-05-21 | Mengistu Haile Mariam; Mengistu
ETH | 1991-05-28 | 2012-08-20 | Meles Zenawi; Meles
ETH | 2012-08-20 | 2018-04-02 | Hailemariam Desalegn; Hailemariam
"""
