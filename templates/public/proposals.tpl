{{%AUTOESCAPE context="HTML"}}
{{! 建议提案办理: YEAR Q; YEARS KINDS (VALUE LABEL SELECTED); FIGURES (FillFigures) when the year has any; PROPOSALS (FillProposal);
    NO_PROPOSALS; PAGINATION. }}
<nav aria-label="面包屑" class="breadcrumb"><a href="/">首页</a> / <span aria-current="page">建议提案办理</span></nav>
<header class="page-header"><h1>建议提案办理</h1>
<p class="lead">本机关承办的人大代表建议和政协委员提案的办理结果。建议提案自交办之日起 3 个月内答复；涉及公共利益、群众广泛关注的复文全文公开。</p></header>
<form class="filters" method="get" action="/proposals" aria-label="筛选建议提案">
<div class="field"><label for="pr-year">年度</label><select id="pr-year" name="year">{{#YEARS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/YEARS}}</select></div>
<div class="field"><label for="pr-kind">类别</label><select id="pr-kind" name="kind"><option value="">全部</option>{{#KINDS}}<option value="{{VALUE}}"{{#SELECTED}} selected{{/SELECTED}}>{{LABEL}}</option>{{/KINDS}}</select></div>
<div class="field"><label for="pr-q">查找</label><input id="pr-q" name="q" type="search" value="{{Q}}" maxlength="200" placeholder="标题、编号或代表委员"></div>
<div class="form-actions"><button type="submit" class="btn btn-secondary">查看</button></div>
</form>
{{#FIGURES}}<section class="card" aria-labelledby="fig-title"><h2 class="card-title" id="fig-title">{{YEAR}} 年办理情况</h2>
<div class="stat-row">
<p><span class="stat">{{TOTAL}}</span> 件承办（建议 {{SUGGESTIONS}} 件，提案 {{PROPOSALS}} 件；主办 {{LEAD}} 件，协办 {{ASSIST}} 件）</p>
<p><span class="stat">{{REPLIED}}</span> 件已答复，按期答复率 <strong>{{ON_TIME_RATE}}</strong></p>
<p>A 类 {{RESULT_A}} 件 · B 类 {{RESULT_B}} 件 · C 类 {{RESULT_C}} 件 · 已公开 {{PUBLISHED}} 件</p>
</div>
<p class="muted">A 类：所提问题已解决或基本解决；B 类：正在解决或列入计划逐步解决；C 类：因条件限制暂时难以解决，留作参考。</p>
</section>{{/FIGURES}}
{{#NO_PROPOSALS}}<div class="card empty-state"><p>{{YEAR}} 年暂无公开的办理结果。</p></div>{{/NO_PROPOSALS}}
<ul class="card-list proposal-list">{{#PROPOSALS}}<li class="card"><h2 class="card-title"><a href="/proposals/{{ID}}">{{TITLE}}</a>{{#ANSWERED}} <span class="badge result-{{RESULT_CODE}}">{{RESULT_CODE}} 类</span>{{/ANSWERED}}</h2>
<p class="muted">{{KIND}} {{NUMBER}} · {{PROPOSER}} · {{ROLE}}{{#ANSWERED}} · {{REPLIED_ON}} 答复{{/ANSWERED}}</p></li>{{/PROPOSALS}}</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 项，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<p class="muted">订阅：<a href="/proposals/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/proposals">/api/v1/proposals</a></p>
