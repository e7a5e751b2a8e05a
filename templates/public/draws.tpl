{{%AUTOESCAPE context="HTML"}}
{{! Public list of draws. Q; DRAWS (ID TITLE STATE STATE_CODE DATE N M); NO_DRAWS; NO_MATCHES; PAGINATION. }}
<header class="page-header"><h1>双随机、一公开</h1>
<p class="lead">随机抽取检查对象，随机选派执法检查人员，抽查情况及查处结果及时向社会公开。每次抽查的方案在随机种子产生之前公布，种子锁定后才抽取；名录、种子和结果都可下载，任何人可以按<a href="/draws/verify">公开的算法</a>重算核验。</p></header>
<form class="card search-form" method="get" action="/draws" role="search" aria-label="查找抽查">
<div class="search-box">
<label for="draws-q" class="sr-only">抽查名称、企业名称或统一社会信用代码</label>
<input id="draws-q" name="q" type="search" value="{{Q}}" placeholder="抽查名称、企业名称或统一社会信用代码" maxlength="200">
<button type="submit" class="btn btn-primary">查找</button>
</div>
</form>
{{#NO_DRAWS}}<div class="card empty-state"><p>暂无公布的抽查。</p></div>{{/NO_DRAWS}}
{{#NO_MATCHES}}<div class="card empty-state"><p>没有找到“{{Q}}”相关的抽查。企业名称和统一社会信用代码只在已抽中的对象中查找。</p></div>{{/NO_MATCHES}}
<ul class="item-list card draw-list">{{#DRAWS}}
<li><a href="/draws/{{ID}}">{{TITLE}}</a> <span class="badge draw-{{STATE_CODE}}">{{STATE}}</span> <time class="muted">{{DATE}}</time></li>{{/DRAWS}}</ul>
{{#PAGINATION}}<nav class="pagination" aria-label="分页"><p>共 {{TOTAL}} 条，第 {{PAGE}} / {{PAGES}} 页</p><ul>{{#PREV}}<li><a href="{{URL}}" rel="prev">上一页</a></li>{{/PREV}}{{#NEXT}}<li><a href="{{URL}}" rel="next">下一页</a></li>{{/NEXT}}</ul></nav>{{/PAGINATION}}
<p class="muted">订阅：<a href="/draws/feed.xml">Atom</a> · 数据接口：<a href="/api/v1/draws">/api/v1/draws</a> · <a href="/draws/verify">核验抽取结果</a></p>
