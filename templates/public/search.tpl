{{%AUTOESCAPE context="HTML"}}
{{! Search. Q; TOPIC_OPTIONS VALIDITY_OPTIONS YEAR_OPTIONS AGENCY_OPTIONS (VALUE LABEL SELECTED); SORT_DATE / SORT_RELEVANCE;
    PROMPT; RESULTS (TOTAL, ABOUT: "约 " when TOTAL is an estimate); HITS (URL TITLE_HTML SNIPPET_HTML INDEX_NO DATE); NO_RESULTS; PAGINATION;
    OTHER (RECORDS (LABEL COUNT URL)): matches among the other public records.
    SUGGEST (LINKS (LABEL URL)): 「您是不是要找」, columns the query names and a frequent search close to it.
    PARTIAL (NONE | FEW (FULL)): partial matches follow the FULL items matching every word; PARTIAL_HIT in HITS marks one.
    TITLE_HTML and SNIPPET_HTML are escaped by the search module with <mark> around matches. }}
<header class="page-header"><h1>信息检索</h1></header>
<form class="card search-form" method="get" action="/search" role="search" aria-label="检索条件">
<div class="search-box">
<label for="search-q" class="sr-only">搜索关键词</label>
<input id="search-q" name="q" type="search" value="{{Q}}" placeholder="输入标题、关键词、文号或索引号" maxlength="200">
<button type="submit" class="btn btn-primary">搜索</button>
</div>
<div class="filters">
<div class="field"><label for="search-agency">发布机构</label><select id="search-agency" name="agency">{{#AGENCY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/AGENCY_OPTIONS}}</select></div>
<div class="field"><label for="search-topic">主题分类</label><select id="search-topic" name="topic">{{#TOPIC_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/TOPIC_OPTIONS}}</select></div>
<div class="field"><label for="search-validity">有效性</label><select id="search-validity" name="validity">{{#VALIDITY_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/VALIDITY_OPTIONS}}</select></div>
<div class="field"><label for="search-year">发布年份</label><select id="search-year" name="year">{{#YEAR_OPTIONS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEAR_OPTIONS}}</select></div>
<div class="field"><label for="search-sort">排序</label><select id="search-sort" name="sort"><option value="relevance"{{#SORT_RELEVANCE}} selected{{/SORT_RELEVANCE}}>按相关度</option><option value="date"{{#SORT_DATE}} selected{{/SORT_DATE}}>按发布日期</option></select></div>
</div>
</form>
{{#PROMPT}}<p class="muted">可按标题、正文、关键词检索，也可直接输入完整的发文字号（如 济市监发〔2025〕15号）或索引号。</p>{{/PROMPT}}
{{#OTHER}}<p class="card other-records">在其他公开栏目中也找到：{{#RECORDS}}<a href="{{URL}}">{{LABEL}} {{COUNT}} 条</a>{{#RECORDS_separator}} · {{/RECORDS_separator}}{{/RECORDS}}</p>{{/OTHER}}
{{#SUGGEST}}<p class="card search-suggest">您是不是要找：{{#LINKS}}<a href="{{URL}}">{{LABEL}}</a>{{#LINKS_separator}}、{{/LINKS_separator}}{{/LINKS}}</p>{{/SUGGEST}}
{{#RESULTS}}<p role="status">共找到 {{ABOUT}}{{TOTAL}} 条结果</p>{{/RESULTS}}
{{#PARTIAL}}<p class="card search-partial">{{#NONE}}未找到完全匹配的结果，以下是部分匹配的结果。{{/NONE}}{{#FEW}}完全匹配的结果只有 {{FULL}} 条，其后是部分匹配的结果。{{/FEW}}</p>{{/PARTIAL}}
{{#NO_RESULTS}}<div class="card empty-state"><p>没有找到相关信息。请尝试更换或减少关键词，或取消部分筛选条件。</p></div>{{/NO_RESULTS}}
<ol class="search-results">{{#HITS}}
<li class="card">
<h2 class="search-title"><a href="{{URL}}">{{TITLE_HTML:none}}</a></h2>
<p class="search-snippet">{{SNIPPET_HTML:none}}</p>
<p class="muted">索引号 <span class="code">{{INDEX_NO}}</span> · 发布日期 {{DATE}}{{#PARTIAL_HIT}} · 部分匹配{{/PARTIAL_HIT}}</p>
</li>{{/HITS}}</ol>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
